package org.hoshin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The anchors ({@code #p1-3}) an edition's page has published, kept in {@code <year>/published-ids.txt} and
 * committed with the content. People link to anchors, so an id that disappears (renamed or deleted item) breaks
 * their links silently; with this list the build notices and asks for the id back or for an
 * {@code aliases: [p1-3]} on the item that replaces it. {@code hoshin build} adds every new id after a successful
 * build and never removes one; {@code hoshin check} only reads it.
 *
 * @param file  the list's file
 * @param lines the listed ids with the line each is on
 */
public record PublishedIds(Path file, Map<String, Location> lines) {

    public static final String FILE = "published-ids.txt";

    private static final String HEADER = """
            # Anchors (#id) that this edition's pages have published, one per line, sorted.
            # Maintained by 'hoshin build', which adds every new id after a successful build and never removes one.
            # Links elsewhere point at these anchors: an id listed here must stay on the page, as an item's id or
            # in an item's 'aliases: [id]'. Commit this file with the content; do not remove lines.
            """;

    public PublishedIds {
        lines = Map.copyOf(lines);
    }

    /** The list of the edition in {@code editionDir}; empty when the edition has never been built. */
    static PublishedIds read(Path editionDir, UnaryOperator<Path> display) throws ContentException {
        Path file = editionDir.resolve(FILE);
        Path shown = display.apply(file);
        Map<String, Location> lines = new LinkedHashMap<>();
        if (SafeFiles.isFile(file, shown)) {
            List<String> text = TextFiles.readUtf8(file, shown).lines().toList();
            for (int i = 0; i < text.size(); i++) {
                String id = text.get(i).strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    lines.putIfAbsent(id, new Location(shown, i + 1, 1));
                }
            }
        }
        return new PublishedIds(file, lines);
    }

    boolean contains(String id) {
        return lines.containsKey(id);
    }

    /** An error at the line of each listed id that is not among {@code anchors} (item ids and their aliases). */
    List<ContentError> missingFrom(Set<String> anchors) {
        List<ContentError> errors = new ArrayList<>();
        lines.forEach((id, at) -> {
            if (!anchors.contains(id)) {
                errors.add(ContentError.of(at, "policy.publishedAnchorGone", id));
            }
        });
        errors.sort(java.util.Comparator.comparingInt(e -> e.location().line()));
        return errors;
    }

    /** Every anchor {@code policy} puts on its page for its items: their ids and aliases. */
    public static Set<String> anchorsOf(Policy policy) {
        Set<String> ids = new TreeSet<>();
        for (Pillar pillar : policy.pillars()) {
            ids.add(pillar.id());
            pillar.initiatives().forEach(i -> ids.add(i.id()));
        }
        policy.management().forEach(s -> ids.add(s.id()));
        policy.columns().forEach(s -> ids.add(s.id()));
        policy.tables().forEach(t -> ids.add(t.id()));
        policy.aliases().values().forEach(ids::addAll);
        return ids;
    }

    /**
     * Adds {@code anchors} to the list of the edition in {@code editionDir}, rewriting the file only when an id is
     * new (through a temporary file, so an interrupted build never leaves half a list).
     *
     * @return whether the file changed
     */
    public static boolean add(Path editionDir, Collection<String> anchors) throws IOException {
        Path file = editionDir.resolve(FILE);
        Set<String> ids = new TreeSet<>(anchors);
        if (Files.isRegularFile(file)) {
            Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(ids::add);
        }
        String text = HEADER + String.join("\n", ids) + "\n";
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return false;
        }
        Path temp = editionDir.resolve("." + FILE + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }
}
