package org.hoshin.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hoshin.content.Message;
import org.hoshin.routes.Routes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds internal links in a built site that lead nowhere: a missing page or a missing {@code #anchor}.
 * Links are resolved the way a browser does, relative to the page, with the site served under {@code basePath}.
 */
public final class LinkChecker {

    /**
     * One broken link.
     *
     * @param page   the page it is on, relative to the site folder
     * @param href   the link as written
     * @param reason what is missing
     */
    public record BrokenLink(String page, String href, String reason) {
        @Override
        public String toString() {
            return page + ": " + Message.format("linkCheck.link", href, reason);
        }
    }

    private final Map<String, Set<String>> anchorsByPage = new HashMap<>();

    public List<BrokenLink> check(Path site, String basePath) throws IOException {
        List<BrokenLink> broken = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        String base = "http://site.test" + basePath;
        for (Path file : pages) {
            String page = site.relativize(file).toString().replace('\\', '/');
            if (page.equals(Routes.NOT_FOUND)) {
                continue;
            }
            Document doc = Jsoup.parse(file.toFile(), "UTF-8", base + page);
            for (Element link : doc.select("a[href], link[href]")) {
                String href = link.attr("href");
                String absolute = link.absUrl("href");
                if (!absolute.startsWith(base) || link.hasAttr("rel") && link.attr("rel").equals("canonical")) {
                    continue;
                }
                checkTarget(site, page, href, absolute.substring(base.length()), broken);
            }
        }
        return broken;
    }

    private void checkTarget(Path site, String page, String href, String target, List<BrokenLink> broken)
            throws IOException {
        String path = target;
        String fragment = "";
        int hash = target.indexOf('#');
        if (hash >= 0) {
            path = target.substring(0, hash);
            fragment = target.substring(hash + 1);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        path = decode(path);
        if (path == null) {
            broken.add(new BrokenLink(page, href, Message.format("linkCheck.badEscape")));
            return;
        }
        path = Routes.fileOf(path);
        Path file = inside(site, path);
        if (file == null || !Files.isRegularFile(file)) {
            broken.add(new BrokenLink(page, href, Message.format("linkCheck.missingPage", path)));
            return;
        }
        String anchor = decode(fragment);
        if (!fragment.isEmpty() && path.endsWith(".html") && (anchor == null || !anchors(file, path).contains(anchor))) {
            broken.add(new BrokenLink(page, href, Message.format("linkCheck.missingAnchor", fragment, path)));
        }
    }

    private Set<String> anchors(Path file, String key) throws IOException {
        Set<String> cached = anchorsByPage.get(key);
        if (cached == null) {
            cached = Jsoup.parse(file.toFile(), "UTF-8").select("[id]").stream().map(e -> e.id())
                    .collect(Collectors.toSet());
            anchorsByPage.put(key, cached);
        }
        return cached;
    }

    /** The file a site path names, or null when it is no usable file name or lies outside the site folder. */
    private static Path inside(Path site, String path) {
        try {
            Path root = site.toAbsolutePath().normalize();
            Path file = root.resolve(path).normalize();
            return file.startsWith(root) ? file : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Percent-decodes a link's path or fragment; null when an escape is malformed, which a browser cannot follow. */
    static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
