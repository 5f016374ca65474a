package org.hoshin.render;

import java.util.List;
import org.hoshin.content.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a reader sees of some Markdown, read once per text from one render of its HTML and kept with the text
 * ({@link Markdown#derived}): its plain text ({@link PlainText}, for the themes, the search index and the open data)
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
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final Read NOTHING = new Read("", "");
    private static final Markdown.Derived<Read> READ = ReadText::read;

    private ReadText() {
    }

    static Read of(Markdown text) {
        return text.derived(READ);
    }

    /**
     * Reads the HTML a page shows (allow-listed: for content that passed its checks, exactly Flexmark's), with line
     * breaks as in Japanese text; headings shifted below an item's heading, which changes no text.
     */
    private static Read read(Markdown text) {
        if (text.isBlank()) {
            return NOTHING;
        }
        Document html = Jsoup.parse(MARKDOWN.render(text, 3));
        List<String> blocks = html.body().select(BLOCKS).stream()
                .filter(block -> block.select(BLOCKS).size() == 1)
                .map(Element::text).filter(t -> !t.isBlank()).toList();
        return new Read(html.text(), String.join("\n", blocks));
    }
}
