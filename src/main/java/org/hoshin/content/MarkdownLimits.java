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

    private MarkdownLimits() {
    }

    /** The first problem with the text's size or nesting, if any. */
    static Optional<ContentError> check(Markdown markdown) {
        String text = markdown.source();
        Location origin = markdown.origin();
        if (text.length() > MAX_BYTES / 3 && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new ContentError(origin.atLine(Math.max(origin.line(), 1)),
                    "the file is larger than 2 MB", "split it into several items"));
        }
        int line = 0;
        for (int start = 0; start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (depth(text, start, end) > MAX_DEPTH) {
                return Optional.of(new ContentError(new Location(origin.file(), origin.line() + line, 1),
                        "lists or block quotes are nested more than " + MAX_DEPTH + " levels deep",
                        "nest at most " + MAX_DEPTH + " levels; write the text as a flatter list"));
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /**
     * The nesting a line opens, estimated from its start: one level per block-quote marker {@code >} and list
     * marker ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}), plus one per two columns of
     * whitespace among them (a nested list item is indented by at least two). It may overestimate, never underestimate.
     */
    static int depth(String text, int start, int end) {
        int markers = 0;
        int indent = 0;
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
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < end && j - i < 9 && Character.isDigit(text.charAt(j))) {
                    j++;
                }
                if (j < end && (text.charAt(j) == '.' || text.charAt(j) == ')') && isBlankOrEnd(text, j + 1, end)) {
                    markers++;
                    i = j + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return markers + indent / 2;
    }

    private static boolean isBlankOrEnd(String text, int i, int end) {
        return i >= end || text.charAt(i) == ' ' || text.charAt(i) == '\t';
    }
}
