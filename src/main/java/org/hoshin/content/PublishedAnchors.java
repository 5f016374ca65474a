package org.hoshin.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The anchors ({@code #p1-3}) the published site has, read from the content on the default branch
 * ({@link PublishedContent}) with the reader the build uses, and compared with the content being checked. People
 * link to anchors, so an anchor that was published and disappears (a renamed or deleted item) breaks their links
 * silently: {@code check} reports it at the file and line it was published from, until the anchor is back or an
 * item keeps it as {@code aliases: [p1-3]}. An id added and removed again before merging was never published
 * and counts for nothing.
 *
 * @param errors the published anchors that disappeared
 * @param notes  what could not be compared, and why (warnings)
 */
public record PublishedAnchors(List<ContentError> errors, List<ContentError> notes) {

    public PublishedAnchors {
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    /**
     * Compares {@code content} (read from {@code contentDir}) with the content of the default branch.
     *
     * @param branch  the branch the site is published from, or {@code null}: the first of origin/HEAD,
     *                origin/main, origin/master, main, master
     * @param display how to name files in messages
     */
    public static PublishedAnchors compare(Path contentDir, String branch, SiteContent content,
            UnaryOperator<Path> display) throws IOException {
        PublishedLookup lookup = PublishedContent.find(contentDir, branch);
        if (lookup instanceof PublishedContent.NotFound missing) {
            return new PublishedAnchors(List.of(), List.of(ContentError.of(Location.of(display.apply(contentDir)),
                    missing.key(), missing.args())));
        }
        PublishedContent published = (PublishedContent) lookup;
        List<ContentError> notes = new ArrayList<>();
        Map<String, Map<String, Location>> anchors = new TreeMap<>();
        for (String commit : published.commits()) {
            try (TempFolder temp = TempFolder.create("hoshin-published-")) {
                if (!published.extract(commit, temp.path())) {
                    notes.add(ContentError.of(Location.of(display.apply(contentDir)), "published.unreadableCommit",
                            published.branch(), published.shortName(commit)));
                    continue;
                }
                read(temp.path(), p -> display.apply(contentDir.resolve(temp.path().relativize(p).toString())),
                        anchors, notes, published.branch() + " " + published.shortName(commit));
            }
        }
        return new PublishedAnchors(missing(anchors, content, contentDir, display, published.branch()), notes);
    }

    /** Every anchor {@code policy} puts on its page for its items: their ids and aliases. */
    public static Set<String> anchorsOf(Policy policy) {
        Set<String> ids = new TreeSet<>();
        policy.items().stream().filter(i -> i.kind().ownFile()).forEach(i -> ids.add(i.id()));
        policy.aliases().values().forEach(ids::addAll);
        return ids;
    }

    /** Adds the anchors of every edition under {@code root} (a content folder) to {@code anchors}. */
    private static void read(Path root, UnaryOperator<Path> shown, Map<String, Map<String, Location>> anchors,
            List<ContentError> notes, String commit) throws IOException {
        Path wards = root.resolve(ContentLayout.WARDS);
        if (!Files.isDirectory(wards)) {
            return;
        }
        for (Path edition : editions(wards)) {
            Path ja = edition.resolve("ja");
            String key = wards.relativize(edition).toString().replace('\\', '/');
            try {
                PolicyReader reader = new PolicyReader(shown, new YamlReader());
                reader.readJapanese(ja, key);
                Map<String, Location> known = anchors.computeIfAbsent(key, k -> new LinkedHashMap<>());
                reader.anchors().forEach(known::putIfAbsent);
            } catch (ContentException e) {
                notes.add(ContentError.of(Location.of(shown.apply(ja)), "published.unreadableEdition", commit));
            }
        }
    }

    private static List<Path> editions(Path wards) throws IOException {
        List<Path> editions = new ArrayList<>();
        try (var wardDirs = Files.list(wards)) {
            for (Path ward : wardDirs.sorted().toList()) {
                try (var years = Files.list(ward)) {
                    years.filter(y -> Files.isRegularFile(y.resolve("ja").resolve(ContentLayout.INDEX)))
                            .sorted().forEach(editions::add);
                } catch (java.nio.file.NotDirectoryException e) {
                    // a file among the wards: not an edition
                }
            }
        }
        return editions;
    }

    private static List<ContentError> missing(Map<String, Map<String, Location>> published, SiteContent content,
            Path contentDir, UnaryOperator<Path> display, String branch) {
        Map<String, Set<String>> now = new TreeMap<>();
        for (Ward ward : content.wards()) {
            for (Edition edition : ward.editions()) {
                now.put(ward.id() + "/" + edition.fiscalYear().start(), anchorsOf(edition.japanese()));
            }
        }
        List<ContentError> errors = new ArrayList<>();
        published.forEach((edition, ids) -> {
            Set<String> current = now.get(edition);
            if (current == null) {
                errors.add(ContentError.of(Location.of(display.apply(
                        contentDir.resolve(ContentLayout.WARDS).resolve(edition))), "published.editionGone", branch));
                return;
            }
            ids.forEach((id, at) -> {
                if (!current.contains(id)) {
                    errors.add(ContentError.of(at, "published.anchorGone", id, branch));
                }
            });
        });
        errors.sort(Comparator.comparing((ContentError e) -> e.location().file().toString())
                .thenComparingInt(e -> e.location().line()));
        return errors;
    }
}
