package org.hoshin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A page the templates write is read without jsoup, finding what jsoup finds; any other page is read by jsoup. */
class PageTextsTest {

    private static final String HEAD = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>Izumi Ward (泉区) | Policies</title>\n<meta name=\"description\" content=\"泉区 &quot;x&quot;\">\n"
            + "<link rel=\"stylesheet\" href=\"a.css\">\n<script src=\"site.js\" defer></script>\n"
            + "<!-- a comment with 泉区 -->\n</head>\n<body>\n";
    private static final String FOOT = "\n</body>\n</html>\n";

    @Test
    void aSimplePageIsReadWithoutJsoupAndFindsWhatJsoupFinds() {
        String page = HEAD + "<a class=\"skip\" href=\"#main\">Skip</a>\n<header><div class=\"wrap\">"
                + "<a class=\"lang-switch\" href=\"../ja/\" hreflang=\"ja\" lang=\"ja\" data-keep-place>"
                + "<span class=\"visually-hidden\">日本語版: </span>日本語</a></div></header>\n"
                + "<main id=\"main\" tabindex=\"-1\"><h1>Management Policy (令和4年度 泉区運営方針)</h1>\n"
                + "<p>Tom &amp; Jerry 防災 &quot;x&quot; 「泉」<br>\nnext <strong>強調</strong> text<br/>more</p>\n"
                + "<!-- between 泉 --><p lang='ja-JP'>すでに日本語</p><p lang=JA>大文字</p>\n"
                + "<ul><li>one 一</li><li><ol><li>二</li></ol></li></ul>\n<dl><dt>語</dt><dd>意味</dd></dl>\n"
                + "<table><caption>表</caption><thead><tr><th>見出し</th></tr></thead>\n<tbody><tr><td>セル"
                + "</td></tr></tbody></table>\n<form action=\"s\"><label for=\"q\">検索</label>"
                + "<input type=\"search\" id=\"q\" placeholder=\"検索\"><button type=\"submit\">探す</button></form>\n"
                + "<script>var s = '<b>泉</b>';</script><textarea>泉区</textarea>\n"
                + "<div lang=\"ja\"><p>中</p><div lang=\"en\"><p>English 英語</p></div></div>"
                + "<details><summary>詳細</summary><p>𠮷野家</p></details></main>" + FOOT;
        List<PageTexts.Text> simple = PageTexts.simple(page);
        assertNotNull(simple, "read as a simple page");
        assertEquals(PageTexts.parsed(page), simple);
        assertFalse(simple.isEmpty());
    }

    @Test
    void aPageWithoutJapaneseFindsNothing() {
        String page = HEAD + "<p>Nothing here</p>" + FOOT;
        assertEquals(List.of(), PageTexts.simple(page));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<p>unclosed 泉<p>next 区</p>",
        "<p>para 泉<div>block 区</div></p>",
        "<table><tr>直接 text<td>セル</td></tr></table>",
        "<b>bold <i>both 泉</b> italic 区</i>",
        "<p>a < b 泉</p>",
        "<p lang=\"j&#97;\">泉</p>",
        "<select><option>泉</option></select>",
        "<ul><li>one 泉<li>two 区</ul>",
        "<a href=\"x\">outer <a href=\"y\">inner 泉</a></a>",
        "<h2>title <h3>nested 泉</h3></h2>",
        "<div/>after 泉",
        "<svg><text>泉</text></svg>",
        "<p>泉</p></div>",
        "<span>泉</span></body><p>after the body 区</p>",
        "<td>stray cell 泉</td>",
        "<p>泉\r\n区</p>",
        "<script><!-- </script> 泉 --></script>",
        "<pre>\n整形済み 泉</pre>",
        "<!-- a --!> 泉 -->",
    })
    void anythingElseIsLeftToJsoup(String body) {
        String page = HEAD + body + FOOT;
        assertNull(PageTexts.simple(page), "not read as a simple page");
        assertEquals(PageTexts.parsed(page), PageTexts.unmarked(page));
    }

    @Test
    void aPageWithoutTheHeadAndBodyWrittenOutIsLeftToJsoup() {
        assertNull(PageTexts.simple("<p>泉区</p>"));
        assertNull(PageTexts.simple("<html><body><p>泉区</p></body></html>"));
        assertNull(PageTexts.simple("<!DOCTYPE html><html><head><div>泉</div></head><body></body></html>"));
    }
}
