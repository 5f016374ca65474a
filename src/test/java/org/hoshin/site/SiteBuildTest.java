package org.hoshin.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hoshin.check.LinkChecker;
import org.hoshin.testing.BuiltSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole real site: its pages, its links, and builds that are repeatable. */
class SiteBuildTest {

    @TempDir
    Path temp;

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws Exception {
        Map<String, byte[]> first = read(BuiltSite.build(temp.resolve("a")));
        Map<String, byte[]> second = read(BuiltSite.build(temp.resolve("b")));
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }

    @Test
    void writesEveryPageTheSiteNeeds() throws Exception {
        Path site = BuiltSite.build(temp.resolve("site"));
        for (String path : List.of("index.html", "ja/index.html", "ja/about/index.html", "404.html", "sitemap.xml",
                "robots.txt", "assets/style.css", "ja/wards/izumi/index.html", "ja/wards/kohoku/index.html",
                "ja/wards/kanazawa/index.html", "ja/wards/asahi/index.html", "ja/wards/konan/index.html",
                "en/index.html", "en/about/index.html", "en/wards/izumi/index.html", "en/wards/konan/index.html",
                "assets/site.js")) {
            assertTrue(Files.isRegularFile(site.resolve(path)), path);
        }
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/hoshin/ja/wards/izumi/</loc>"), sitemap);
        assertTrue(sitemap.contains("<xhtml:link rel=\"alternate\" hreflang=\"en\" "
                + "href=\"https://example.org/hoshin/en/wards/izumi/\"/>"), sitemap);
    }

    @Test
    void noInternalLinkOrAnchorIsBrokenAtADomainRootOrUnderASubPath() throws Exception {
        Path root = BuiltSite.build(temp.resolve("root"), "https://example.org/");
        assertEquals(List.of(), new LinkChecker().check(root, "/"));
        Path sub = BuiltSite.build(temp.resolve("sub"), "https://example.org/hoshin/");
        assertEquals(List.of(), new LinkChecker().check(sub, "/hoshin/"));
        String notFound = Files.readString(sub.resolve("404.html"));
        assertTrue(notFound.contains("href=\"/hoshin/assets/style.css\""), "404 page links absolutely to its base");
    }

    @Test
    void linkCheckerReportsAMissingAnchor() throws Exception {
        Path site = BuiltSite.build(temp.resolve("site"));
        Path page = site.resolve("ja/index.html");
        Files.writeString(page, Files.readString(page).replace("</main>",
                "<a href=\"wards/izumi/#no-such-initiative\">x</a></main>"));
        List<LinkChecker.BrokenLink> broken = new LinkChecker().check(site, "/hoshin/");
        assertEquals(1, broken.size(), broken.toString());
        assertTrue(broken.get(0).reason().contains("#no-such-initiative"));
    }

    @Test
    void pagesDeclareTheirLanguageAreSemanticAndReadWithoutScript() throws Exception {
        Path site = BuiltSite.build(temp.resolve("site"));
        try (Stream<Path> pages = BuiltSite.htmlFiles(site)) {
            for (Path file : pages.toList()) {
                Document doc = BuiltSite.page(site, site.relativize(file).toString());
                String name = site.relativize(file).toString();
                assertEquals(name.startsWith("en/") ? "en" : "ja", doc.select("html").attr("lang"), name);
                assertEquals(1, doc.select("main").size(), name);
                assertEquals(1, doc.select("h1").size(), name);
                for (Element script : doc.select("script")) {
                    String src = script.attr("src");
                    boolean deferred = script.hasAttr("defer") || script.attr("type").equals("module");
                    boolean allowed = src.endsWith("assets/site.js")
                            || src.endsWith("assets/search/page.js") && name.contains("search/");
                    assertTrue(deferred && allowed && script.data().isEmpty(),
                            name + ": scripts are deferred enhancements (search only on the search page): " + src);
                }
                assertFalse(doc.select("main").text().isBlank(), name + " has its text in the HTML");
                assertFalse(doc.select("meta[name=viewport]").isEmpty(), name);
                assertHeadingsDoNotSkipLevels(doc, name);
                for (Element fetched : doc.select("[src], link[href]:not([rel=canonical]):not([rel=alternate])")) {
                    String url = fetched.hasAttr("src") ? fetched.attr("src") : fetched.attr("href");
                    assertFalse(url.startsWith("http") || url.startsWith("//"),
                            name + " requests nothing from another host: " + url);
                }
            }
        }
    }

    @Test
    void wardPageShowsInitiativesWithAnchorsAndProgramNames() throws Exception {
        Path site = BuiltSite.build(temp.resolve("site"));
        Document izumi = BuiltSite.page(site, "ja/wards/izumi/index.html");
        Element initiative = izumi.getElementById("p3-1");
        assertEquals("地域防災力の向上と防災体制の整備強化", initiative.selectFirst("h4").text());
        assertTrue(initiative.select(".program").text().contains("防災対策事業"));
        assertTrue(initiative.select(".photos li").text().contains("小学生を対象とした防災出前講座"),
                "captions are shown as captions");
        assertTrue(izumi.select("#goal .goal-statement").text().contains("みらいへ進もう！"),
                "full-width characters are kept as written");
        assertEquals(13, BuiltSite.page(site, "ja/wards/asahi/index.html").select("#tables tbody tr").size());
    }

    private static void assertHeadingsDoNotSkipLevels(Document doc, String name) {
        int previous = 0;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            assertTrue(level <= previous + 1, name + ": " + h.tagName() + " '" + h.text() + "' after h" + previous);
            previous = level;
        }
    }

    private static Map<String, byte[]> read(Path dir) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
