package org.hoshin.content;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Size and nesting limits for editors' Markdown, checked on the raw text before Flexmark sees it. Flexmark's
 * parser recurses on list markers written on one line ({@code - - - … x}, a stack overflow at a few thousand), its
 * block parser costs time proportional to the nesting depth for every line (a 3,000-deep list took 40 s) and its
 * renderer recurses once per level; no policy text needs more than a few levels, so deep nesting is an error with
 * a line to fix rather than a crash.
 */
final class MarkdownLimits {

    /** The most bytes a Markdown text may have. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** The most levels of block quotes and lists. */
    static final int MAX_DEPTH = 50;
    /**
     * The most characters in one paragraph (a run of non-blank lines). On Java 17 Flexmark copies the rest of the
     * paragraph for every link and emphasis it parses, so its time grows with the square of a paragraph's length
     * (2,000 links in one paragraph: 7 s). A list item starts a new count, as Flexmark parses each item's text on
     * its own. The longest paragraph in the real content has about 4,200 characters.
     */
    static final int MAX_PARAGRAPH = 10_000;

    private MarkdownLimits() {
    }

    /** The first problem with the text's size, paragraph length or nesting, if any. */
    static Optional<ContentError> check(Markdown markdown) {
        String text = markdown.source();
        Location origin = markdown.origin();
        int line = 0;
        int paragraphLine = 0;
        int paragraphLength = 0;
        for (int start = 0; start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            Prefix prefix = prefix(text, start, end);
            int depth = prefix.depth();
            if (text.substring(start, end).isBlank() || prefix.listItem()) {
                paragraphLength = 0;
            } else {
                paragraphLine = paragraphLength == 0 ? line : paragraphLine;
                paragraphLength += end - start + 1;
            }
            if (paragraphLength > MAX_PARAGRAPH) {
                return Optional.of(ContentError.of(new Location(origin.file(), origin.line() + paragraphLine, 1),
                        "markdown.paragraphLength", MAX_PARAGRAPH));
            }
            if (depth > MAX_DEPTH) {
                return Optional.of(ContentError.of(new Location(origin.file(), origin.line() + line, 1),
                        "markdown.nesting", MAX_DEPTH));
            }
            start = end + 1;
        }
        if (text.length() > MAX_BYTES / 3 && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(ContentError.of(origin.atLine(origin.line()), "markdown.fileSize"));
        }
        return Optional.empty();
    }

    /**
     * The block-container markers a line starts with.
     *
     * @param depth    the nesting the line opens, estimated: one level per block-quote marker {@code >} and list
     *                 marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}), plus one per two columns of
     *                 whitespace among them (a nested list item is indented by at least two); it may overestimate,
     *                 never underestimate
     * @param listItem whether the line starts a list item (and so a paragraph of its own)
     */
    record Prefix(int depth, boolean listItem) {
    }

    static Prefix prefix(String text, int start, int end) {
        int markers = 0;
        int indent = 0;
        boolean listItem = false;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                indent += c == '\t' ? 4 : 1;
                i++;
            } else if (c == '>') {
                markers++;
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && isBlankOrEnd(text, i + 1, end)) {
                markers++;
                listItem = true;
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && isBlankOrEnd(text, j + 1, end)) {
                    markers++;
                    listItem = true;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return new Prefix(markers + indent / 2, listItem);
    }

    private static boolean isBlankOrEnd(String text, int i, int end) {
        return i >= end || text.charAt(i) == ' ' || text.charAt(i) == '\t';
    }
}
