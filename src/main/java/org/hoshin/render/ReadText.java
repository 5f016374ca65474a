package org.hoshin.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hoshin.content.Markdown;
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

    /** Elements read as one block each, when they hold no other such element. */
    private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td");
    private static final Read NOTHING = new Read("", "");

    private ReadText() {
    }

    static Read of(Markdown text) {
        return text.isBlank() ? NOTHING : RenderedTexts.read(text, ReadText::read);
    }

    /**
     * Reads the HTML a page shows (allow-listed: for content that passed its checks, exactly Flexmark's), parsed,
     * with line breaks as in Japanese text. The page shifts its headings and wraps its tables
     * ({@link MarkdownRenderer}), which changes neither the text nor which elements are blocks, so the text is read
     * as rendered.
     */
    static Read read(Document html) {
        List<Element> blocks = new ArrayList<>();
        innermostBlocks(html.body(), blocks);
        List<String> texts = blocks.stream().map(Element::text).filter(t -> !t.isBlank()).toList();
        return new Read(html.text(), String.join("\n", texts));
    }

    /**
     * Adds the blocks in and under {@code element} that hold no other block, in document order; whether it or
     * anything under it is a block. One walk of the tree: selecting the blocks under every block again was a
     * twentieth of a build at fifty times today's content.
     */
    private static boolean innermostBlocks(Element element, List<Element> out) {
        boolean blockUnder = false;
        for (Element child : element.children()) {
            blockUnder |= innermostBlocks(child, out);
        }
        boolean block = BLOCKS.contains(element.normalName());
        if (block && !blockUnder) {
            out.add(element);
        }
        return block || blockUnder;
    }
}
