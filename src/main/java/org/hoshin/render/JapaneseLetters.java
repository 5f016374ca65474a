package org.hoshin.render;

import java.lang.Character.UnicodeScript;
import java.util.BitSet;

/**
 * Whether text holds a Japanese letter: a character of the Han, Hiragana or Katakana script, or one of 々〆ヶー (the
 * letter class of {@link JapaneseRuns}). Every text node of every English page is asked, and a regular expression
 * over Unicode scripts looks each character's script up by a binary search: at fifty times today's content that was
 * a tenth of a build. The characters of the Basic Multilingual Plane are looked up once, into a table.
 */
final class JapaneseLetters {

    /** No character below this is of the three scripts (the CJK Radicals Supplement starts here). */
    private static final int FIRST = 0x2E80;
    private static final String MARKS = "々〆ヶー";

    private final BitSet basic = new BitSet(Character.MAX_VALUE + 1);

    JapaneseLetters() {
        for (int c = FIRST; c <= Character.MAX_VALUE; c++) {
            if (!Character.isSurrogate((char) c) && isLetter(c)) {
                basic.set(c);
            }
        }
    }

    /** Whether the code point is a Japanese letter; the table's definition, and the answer outside it. */
    static boolean isLetter(int codePoint) {
        if (MARKS.indexOf(codePoint) >= 0) {
            return true;
        }
        UnicodeScript script = UnicodeScript.of(codePoint);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }

    boolean anyIn(CharSequence text) {
        return anyIn(text, 0, text.length());
    }

    /** Whether {@code text} holds a Japanese letter between {@code start} (inclusive) and {@code end}. */
    boolean anyIn(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < FIRST) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (isLetter(Character.toCodePoint(c, text.charAt(++i)))) {
                    return true;
                }
            } else if (basic.get(c)) {
                return true;
            }
        }
        return false;
    }
}
