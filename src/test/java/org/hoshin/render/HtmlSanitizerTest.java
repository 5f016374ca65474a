package org.hoshin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sanitizer keeps its parsed document exactly when jsoup's own test finds the HTML clean. */
class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>泉区の<strong>魅力</strong>づくり</p>\n<ul>\n<li>発信</li>\n</ul>\n",
        "<h2>見出し</h2>\n<table>\n<thead>\n<tr><th align=\"center\">区分</th></tr>\n</thead>\n<tbody>\n"
                + "<tr><td>防災</td></tr>\n</tbody>\n</table>\n",
        "<p><a href=\"../../izumi/2022/#p1-1\" title=\"題\">訓練</a> &amp; <code class=\"x\">a</code><br />\n次</p>",
        "<p onclick=\"alert(1)\">属性</p>",
        "<p><a href=\"javascript:alert(1)\">危険</a></p>",
        "<script>alert(1)</script><p>本文</p>",
        "<p>閉じない<p>段落</p></div>",
        "<!-- 注記 --><p>コメント</p>",
        "<p><img src=\"https://example.org/a.png\"></p>",
    })
    void keepsTheParsedHtmlExactlyWhenJsoupFindsItClean(String html) {
        Cleaner cleaner = new Cleaner(new HtmlSanitizer.MarkdownSafelist());
        boolean clean = cleaner.isValidBodyHtml(html);
        HtmlSanitizer.Checked checked = sanitizer.check(html);
        assertEquals(clean, checked.parsed() != null);
        if (clean) {
            assertEquals(html, checked.html());
            assertEquals(Jsoup.parseBodyFragment(html).body().html(), checked.parsed().body().html());
        } else {
            Document cleaned = cleaner.clean(Jsoup.parseBodyFragment(html));
            cleaned.outputSettings().prettyPrint(false);
            assertEquals(cleaned.body().html(), checked.html());
        }
    }
}
