package org.hoshin.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.hoshin.content.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders editors' Markdown to HTML for one place in a page. Raw HTML in Markdown is shown as text, never
 * passed through, and the result goes through {@link HtmlSanitizer}'s allow-list, so content cannot inject scripts
 * or dangerous links even if it got past the content check; headings are shifted below the heading of the item they
 * sit in, so the page keeps one correct outline whatever level an editor wrote; a table is put in a scrolling
 * region, like the reference tables, so a wide one scrolls on a phone instead of widening the page.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, "");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * @param markdown       the source
     * @param containerLevel heading level of the item the text belongs to; a {@code #} heading in the text
     *                       becomes one level below it
     */
    public String render(Markdown markdown, int containerLevel) {
        if (markdown.isBlank()) {
            return "";
        }
        String html = sanitizer.sanitize(renderer.render(parser.parse(markdown.source())));
        if (!html.contains("<h") && !html.contains("<table")) {
            return html.strip();
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element heading : doc.body().select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, containerLevel + level));
        }
        for (Element table : doc.body().select("table")) {
            scrollable(table);
        }
        return doc.body().html().strip();
    }

    /**
     * Wraps {@code table} in a region that scrolls sideways, focusable so keyboard users can scroll it, and named
     * by the table's column headings (a Markdown table has no caption).
     */
    private static void scrollable(Element table) {
        String columns = String.join(" / ", table.select("thead th").eachText());
        table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>");
        table.parent().attr("aria-label", columns);
    }
}
