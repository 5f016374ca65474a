package org.hoshin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.hoshin.content.Location;
import org.hoshin.content.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A table an editor writes in Markdown scrolls inside a labelled, focusable region, like the reference tables. */
class MarkdownTablesTest {

    @Test
    void aMarkdownTableScrollsInsideALabelledFocusableRegion() {
        String markdown = """
                区内の拠点：

                | 地区 | 施設 | 開所 |
                | --- | --- | --- |
                | 中川 | 地域ケアプラザ | 2019年 |
                """;
        Document html = Jsoup.parseBodyFragment(new MarkdownRenderer().render(
                new Markdown(markdown, new Location(Path.of("ja/pillars/01.md"), 5, 1)), 3));
        Element table = html.selectFirst("table");
        Element region = table.parent();
        assertEquals("table-scroll", region.className());
        assertEquals("region", region.attr("role"));
        assertEquals("0", region.attr("tabindex"));
        assertEquals("地区 / 施設 / 開所", region.attr("aria-label"));
        assertEquals("区内の拠点：", html.selectFirst("p").text(), "the text around the table stays as it was");
    }
}
