package org.hoshin.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.Edition;
import org.hoshin.content.Lang;
import org.hoshin.content.Markdown;
import org.hoshin.content.MarkdownInspector;
import org.hoshin.content.Parallel;
import org.hoshin.content.PolicyTexts;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Ward;
import org.hoshin.routes.Routes;
import org.hoshin.stages.Inputs;
import org.hoshin.stages.OutputTree;
import org.hoshin.stages.Runner;
import org.jsoup.Jsoup;
import org.jsoup.internal.StringUtil;

/**
 * Checks every link in the content that leads to another page of the site (another ward, another edition, the
 * search page, {@code /ja/…}) against the pages and anchors the build has just rendered, and reports a broken one
 * at the content file and line where it is written: the built-site check of {@code hoshin check} could only name
 * the generated page, a file that is not in the repository. A relative link is read as the browser reads it on the
 * edition's own page ({@code /<lang>/wards/<ward>/<year>/}); the ward's address shows the same text with the
 * links adjusted (see {@code pages.PageLinks}), so one link works on both.
 */
public final class ContentLinks {

    private static final String BASE = "http://site.test/";
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private final OutputTree tree;
    private final SiteAddress siteAddress;
    private final Map<String, Set<String>> anchors = new HashMap<>();

    /**
     * @param tree    the pages the build has just rendered
     * @param siteUrl the address the site is published at: a link written as that address plus a path is a link
     *                to one of these pages, and is checked like {@code /ja/…}
     */
    public ContentLinks(OutputTree tree, String siteUrl) {
        this.tree = tree;
        this.siteAddress = new SiteAddress(siteUrl);
    }

    /**
     * One error per broken link between pages, at the line it is written. Each edition's links are found on
     * {@code runner}'s threads; in a preview, the links of an edition that was not read again are the ones found
     * before (finding them parses every text that has one), and only checking them against the new site runs on
     * every save: an edit elsewhere can break them.
     */
    public List<ContentError> check(SiteContent content, Runner runner) throws ContentException {
        List<Parallel.Later<List<PageLinks>>> found = new ArrayList<>();
        for (Ward ward : content.wards()) {
            for (Edition edition : ward.editions()) {
                EditionLinks job = new EditionLinks(ward.id(), edition.fiscalYear().start());
                found.add(runner.start(() -> runner.reuse(job, Inputs.of(edition), () -> job.find(edition))));
            }
        }
        List<ContentError> errors = new ArrayList<>();
        for (Parallel.Later<List<PageLinks>> later : found) {
            for (PageLinks page : later.get()) {
                page.links().forEach(link -> check(page.page(), link, errors));
            }
        }
        return errors;
    }

    /** The links of one edition's texts, as the runner's job: what the preview keeps per edition. */
    private record EditionLinks(String ward, int year) {

        List<PageLinks> find(Edition edition) {
            List<PageLinks> pages = new ArrayList<>();
            for (Lang lang : Lang.ALL) {
                List<MarkdownInspector.LinkRef> links = new ArrayList<>();
                for (Markdown text : PolicyTexts.of(edition.policy(lang))) {
                    links.addAll(MarkdownInspector.links(text));
                }
                pages.add(new PageLinks(Routes.page(lang, Routes.edition(ward, year)), List.copyOf(links)));
            }
            return List.copyOf(pages);
        }
    }

    /** The links written in the texts of one page (an edition in one language). */
    private record PageLinks(String page, List<MarkdownInspector.LinkRef> links) {
    }

    private void check(String page, MarkdownInspector.LinkRef link, List<ContentError> errors) {
        String target = siteAddress.sitePath(link.target()).orElse(link.target());
        if (target.startsWith("#") || SCHEME.matcher(target).find()) {
            return;
        }
        String resolved = StringUtil.resolve(BASE + page, target);
        if (!resolved.startsWith(BASE)) {
            errors.add(ContentError.of(link.location(), "link.outsideSite", link.target(), page));
            return;
        }
        String path = resolved.substring(BASE.length());
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        String decoded = LinkChecker.decode(path);
        String anchor = LinkChecker.decode(fragment);
        if (decoded == null || anchor == null) {
            errors.add(ContentError.of(link.location(), "link.badEscape", link.target()));
            return;
        }
        String file = Routes.fileOf(decoded);
        if (!tree.contains(file)) {
            errors.add(ContentError.of(link.location(), "link.missingPage", link.target(), path, page));
        } else if (!fragment.isEmpty() && file.endsWith(".html") && !anchorsOf(file).contains(anchor)) {
            errors.add(ContentError.of(link.location(), "link.missingAnchor", link.target(), fragment, path));
        }
    }

    /** The ids of a rendered page, read once per page. */
    private Set<String> anchorsOf(String file) {
        return anchors.computeIfAbsent(file, f -> Jsoup.parse(new String(tree.bytes(f),
                StandardCharsets.UTF_8)).select("[id]").stream().map(e -> e.id()).collect(Collectors.toSet()));
    }
}
