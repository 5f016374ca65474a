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
 * passed through, so content cannot inject scripts; headings are shifted below the heading of the item they
 * sit in, so the page keeps one correct outline whatever level an editor wrote. The tree is the one the content
 * check already parsed ({@link Markdown#document}).
 */
public final class MarkdownRenderer {

    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SOFT_BREAK, "")
                .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data):.*");
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
        String html;
        synchronized (markdown.document()) {
            html = renderer.render(markdown.document());
        }
        if (!html.contains("<h")) {
            return html.strip();
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element heading : doc.body().select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, containerLevel + level));
        }
        return doc.body().html().strip();
    }
}
