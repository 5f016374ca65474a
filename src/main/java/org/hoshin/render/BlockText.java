package org.hoshin.render;

import java.util.List;
import org.hoshin.content.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The text a reader sees of some Markdown, one block (paragraph, list item, heading, table cell) per line: what a
 * comparison of two editions diffs, so Markdown syntax (list dashes, emphasis stars) never shows as a change.
 */
final class BlockText {

    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, th, td";
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    /** Kept with each text: every edition is compared twice (with the one before and the one after) per language. */
    private static final Markdown.Derived<String> BLOCK_TEXT = BlockText::read;

    private BlockText() {
    }

    static String of(Markdown text) {
        return text.derived(BLOCK_TEXT);
    }

    private static String read(Markdown text) {
        Element body = Jsoup.parseBodyFragment(MARKDOWN.htmlForText(text)).body();
        List<String> blocks = body.select(BLOCKS).stream()
                .filter(block -> block.select(BLOCKS).size() == 1)
                .map(Element::text).filter(t -> !t.isBlank()).toList();
        return String.join("\n", blocks);
    }
}
