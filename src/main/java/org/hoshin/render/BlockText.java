package org.hoshin.render;

import org.hoshin.content.Markdown;

/**
 * The text a reader sees of some Markdown, one block (paragraph, list item, heading, table cell) per line: what a
 * comparison of two editions diffs, so Markdown syntax (list dashes, emphasis stars) never shows as a change. Read
 * once per text ({@link ReadText}): every edition is compared twice (with the one before and the one after) per
 * language.
 */
final class BlockText {

    private BlockText() {
    }

    static String of(Markdown text) {
        return ReadText.of(text).blocks();
    }
}
