package org.hoshin.render;

import java.util.BitSet;

/**
 * Finds the runs of Japanese in a text: Japanese letters ({@link JapaneseLetters}) and Japanese punctuation and
 * full-width symbols, with the ASCII digits and spaces between them ("令和4年度 泉区"), as one run. It reads as the
 * regular expression {@code J(?:J++|[0-9 ]++(?=J))*+} over that class J, without the expression's look-ups of
 * Unicode scripts: each character of the Basic Multilingual Plane is looked up in a table made once.
 */
final class JapaneseRuns {

    /** Japanese punctuation and symbols: quotation marks, CJK symbols, full-width forms, the middle dot. */
    private static final String MARKS = "\u2018\u2019\u201C\u201D・";
    private static final int[][] MARK_RANGES = {{0x3000, 0x303F}, {0xFF01, 0xFF20}, {0xFF3B, 0xFF40},
        {0xFF5B, 0xFF65}};

    private final BitSet basic = new BitSet(Character.MAX_VALUE + 1);

    JapaneseRuns() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c) && isJapanese(c)) {
                basic.set(c);
            }
        }
    }

    /** Whether the code point is a Japanese letter or mark; the table's definition, and the answer outside it. */
    static boolean isJapanese(int codePoint) {
        if (MARKS.indexOf(codePoint) >= 0) {
            return true;
        }
        for (int[] range : MARK_RANGES) {
            if (codePoint >= range[0] && codePoint <= range[1]) {
                return true;
            }
        }
        return JapaneseLetters.isLetter(codePoint);
    }

    /**
     * Where the first run at or after {@code from} and before {@code end} starts, or -1; {@link #endOf} gives
     * where it ends.
     */
    int next(CharSequence text, int from, int end) {
        for (int i = from; i < end; ) {
            int size = japaneseAt(text, i, end);
            if (size > 0) {
                return i;
            }
            i -= size;
        }
        return -1;
    }

    /** Where the run starting at {@code start} (a Japanese character) ends, at most {@code end}. */
    int endOf(CharSequence text, int start, int end) {
        int i = start + japaneseAt(text, start, end);
        while (i < end) {
            int size = japaneseAt(text, i, end);
            if (size > 0) {
                i += size;
                continue;
            }
            int j = i;
            while (j < end && isDigitOrSpace(text.charAt(j))) {
                j++;
            }
            if (j == i || j == end || japaneseAt(text, j, end) <= 0) {
                return i;
            }
            i = j;
        }
        return i;
    }

    /** The length of the Japanese character at {@code i} (1 or 2), or minus the length of a character that is not. */
    private int japaneseAt(CharSequence text, int i, int end) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
            return isJapanese(Character.toCodePoint(c, text.charAt(i + 1))) ? 2 : -2;
        }
        return basic.get(c) ? 1 : -1;
    }

    private static boolean isDigitOrSpace(char c) {
        return c == ' ' || (c >= '0' && c <= '9');
    }
}
