package org.hoshin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hoshin.content.Location;
import org.hoshin.content.Markdown;
import org.hoshin.content.UrlPolicy;
import org.hoshin.testing.HostileMarkdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The renderer on its own, with the content check bypassed: every hostile input must still come out without a
 * script, an event handler, a resource or a link the {@link UrlPolicy} refuses. The rendered inputs are also
 * written to {@code target/hostile-page/index.html}, which browser-tests/hostile.test.mjs opens in Chromium and
 * clicks through, so the sanitizer is exercised by a real browser's parser and not only by jsoup's.
 */
class HostileRenderingTest {

    static final Path PAGE = Path.of("target/hostile-page");

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void hostileMarkdownRendersHarmlessAndIsWrittenForTheBrowserTest() throws IOException {
        StringBuilder body = new StringBuilder();
        for (HostileMarkdown.Case hostile : HostileMarkdown.cases()) {
            String html = renderer.render(new Markdown(hostile.markdown(), new Location(Path.of("x.md"), 1, 0)), 2);
            assertHarmless(hostile.name(), Jsoup.parseBodyFragment(html));
            body.append("<section><h2>").append(hostile.name()).append("</h2>\n").append(html).append("</section>\n");
        }
        Files.createDirectories(PAGE);
        String page = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>hostile</title></head>"
                + "<body>\n" + body + "</body></html>\n";
        assertHarmless("the page", Jsoup.parse(page));
        Files.writeString(PAGE.resolve("index.html"), page);
        Files.writeString(PAGE.resolve("404.html"), "<!doctype html><title>404</title>");
    }

    @Test
    void sanitizerRemovesWhatAFutureExtensionCouldEmit() {
        String html = new HtmlSanitizer().sanitize("<p onclick=\"alert(1)\">a</p><script>alert(1)</script>"
                + "<img src=x onerror=alert(1)><a href=\"jav&#x09;ascript:alert(1)\">x</a>"
                + "<iframe src=\"https://evil.example/\"></iframe><a href=\"//evil.example/\">y</a>"
                + "<a href=\"https://www.city.yokohama.lg.jp/\" style=\"color:red\">ok</a>");
        Document doc = Jsoup.parseBodyFragment(html);
        assertHarmless("sanitized", doc);
        assertEquals("a", doc.selectFirst("p").text());
        assertEquals(1, doc.select("a[href]").size(), html);
        assertEquals("https://www.city.yokohama.lg.jp/", doc.selectFirst("a[href]").attr("href"));
    }

    @Test
    void cleanHtmlIsReturnedUnchanged() {
        String clean = "<h2>見出し</h2>\n<p><a href=\"#p1-1\">取組</a> <strong>太字</strong></p>\n"
                + "<table>\n<thead>\n<tr><th align=\"center\">a</th></tr>\n</thead>\n</table>\n<ol start=\"3\">\n"
                + "<li>x</li>\n</ol>\n";
        assertSame(clean, new HtmlSanitizer().sanitize(clean));
    }

    private static void assertHarmless(String name, Document doc) {
        assertTrue(doc.select("script, img, iframe, object, embed, style, link, form").isEmpty(),
                name + ": " + doc.body().html());
        for (Element element : doc.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertTrue(!attribute.getKey().startsWith("on") && !attribute.getKey().equals("style")
                        && !attribute.getKey().equals("src"), name + ": " + element);
            }
        }
        for (Element link : doc.select("a[href]")) {
            assertTrue(UrlPolicy.allows(link.attr("href")), name + ": " + link);
        }
    }
}
