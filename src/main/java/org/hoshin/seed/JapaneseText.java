package org.hoshin.seed;

/**
 * Small text rules for Japanese extracted from PDFs: joining broken lines without inventing spaces.
 */
public final class JapaneseText {

    private JapaneseText() {
    }

    /** Full-width digits to ASCII, for reading numbers only (display text keeps what was written). */
    public static String toHalfWidthDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return out.toString();
    }

    /**
     * Joins two pieces of a line broken by the PDF: no space between Japanese characters, one space only where
     * both sides are Latin letters or digits (so "ICT 活用" keeps its space but "寄り" + "添い" becomes 寄り添い).
     */
    public static String join(String left, String right) {
        if (left.isEmpty()) {
            return right;
        }
        if (right.isEmpty()) {
            return left;
        }
        char a = left.charAt(left.length() - 1);
        char b = right.charAt(0);
        boolean latinBoth = isLatin(a) && isLatin(b);
        return latinBoth ? left + " " + right : left + right;
    }

    private static boolean isLatin(char c) {
        return c < 0x3000 && (Character.isLetterOrDigit(c) || c == ',' || c == '.');
    }

    /** True when the text ends a sentence (。！？ and their closing brackets). */
    public static boolean endsSentence(String text) {
        String t = text.strip();
        while (!t.isEmpty() && "」』）)】".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && "。！？!?".indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
