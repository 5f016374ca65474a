package org.hoshin.render;

import java.util.List;
import org.hoshin.content.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader sees of some Markdown, read once per text from the HTML its pages show and kept with that HTML
 * ({@link RenderedTexts}): its plain text ({@link PlainText}, for the themes, the search index and the open data)
 * and its blocks ({@link BlockText}, for the comparison of two editions). At fifty times today's content, rendering
 * and parsing every text once for each was a fifth of a build.
 */
final class ReadText {

    /**
     * @param plain  the text, without markup, whitespace collapsed
     * @param blocks one block (paragraph, list item, heading, table cell) per line
     */
    record Read(String plain, String blocks) {
    }

    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, th, td";
    private static final Read NOTHING = new Read("", "");

    private ReadText() {
    }

    static Read of(Markdown text) {
        return text.isBlank() ? NOTHING : RenderedTexts.read(text, ReadText::read);
    }

    /**
     * Reads the HTML a page shows (allow-listed: for content that passed its checks, exactly Flexmark's), with line
     * breaks as in Japanese text; headings shifted below an item's heading, which changes no text.
     */
    private static Read read(String japaneseHtml) {
        Document html = Jsoup.parse(MarkdownRenderer.placed(japaneseHtml, 3, MarkdownRenderer.PageLinks.AS_WRITTEN));
        List<String> blocks = html.body().select(BLOCKS).stream()
                .filter(block -> block.select(BLOCKS).size() == 1)
                .map(Element::text).filter(t -> !t.isBlank()).toList();
        return new Read(html.text(), String.join("\n", blocks));
    }
}
