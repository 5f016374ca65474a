package org.hoshin.render;

/**
 * Keeps the end of a short line of Japanese (a slogan, a goal) together, so a closing symbol such as 「～」 never
 * wraps onto a line of its own: the last {@link #KEPT} visible characters, with any spaces between them, go into a
 * {@code <span class="keep-end">} that the stylesheet does not let break. The text is escaped here, as the result
 * is HTML.
 */
public final class LineEnds {

    /** How many visible characters end the line together: a symbol and the two before it. */
    static final int KEPT = 3;
    private static final HtmlEscaper ESCAPER = new HtmlEscaper();

    private LineEnds() {
    }

    /** {@code text} as escaped HTML with its last characters kept together. */
    public static String keepEnd(String text) {
        int start = startOfEnd(text);
        if (start <= 0) {
            return ESCAPER.escape(text);
        }
        return ESCAPER.escape(text.substring(0, start)) + "<span class=\"keep-end\">"
                + ESCAPER.escape(text.substring(start)) + "</span>";
    }

    /** Where the last {@link #KEPT} visible characters start (by code point), or 0 when the text is that short. */
    private static int startOfEnd(String text) {
        int seen = 0;
        int i = text.length();
        while (i > 0) {
            int c = text.codePointBefore(i);
            i -= Character.charCount(c);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && ++seen == KEPT) {
                return i;
            }
        }
        return 0;
    }
}
