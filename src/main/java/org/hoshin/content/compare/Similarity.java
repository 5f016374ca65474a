package org.hoshin.content.compare;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * How alike two short Japanese labels are: the Dice coefficient of their character bigrams after NFKC folding
 * (全角/半角 alike) with all white space removed. Bigrams rather than words because Japanese titles are not
 * spaced, and a reworded title (泉区の魅力づくりと発信 → 泉区の魅力発信) keeps most of its two-character pieces.
 *
 * <p>A text's bigrams are kept as a sorted array of ints (two UTF-16 characters each), read once per text
 * ({@link #bigrams}) and compared by one merge: every item of two editions is compared with every other, and
 * counting substrings in maps for each pair was a tenth of a build at fifty times today's content.
 */
final class Similarity {

    private static final int[] NONE = new int[0];

    private Similarity() {
    }

    /** 1 for equal labels, 0 for labels sharing no bigram; counts repeated bigrams as often as they occur. */
    static double dice(String a, String b) {
        return dice(bigrams(a), bigrams(b));
    }

    /** {@link #dice(String, String)} of two texts' {@link #bigrams}. */
    static double dice(int[] left, int[] right) {
        int total = left.length + right.length;
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < left.length && j < right.length) {
            if (left[i] == right[j]) {
                shared++;
                i++;
                j++;
            } else if (left[i] < right[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / total;
    }

    /** NFKC-folded {@code text} without white space (what {@code \s} matches), as bigrams are counted on. */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!isSpace(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** The characters of the regular expression {@code \s}: space, tab, line feed, tabulations, form feed, return. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** The bigrams of {@code text} once normalised, each as its two characters in one int, sorted. */
    static int[] bigrams(String text) {
        String s = normalise(text);
        if (s.length() < 2) {
            return NONE;
        }
        int[] bigrams = new int[s.length() - 1];
        for (int i = 0; i < bigrams.length; i++) {
            bigrams[i] = s.charAt(i) << 16 | s.charAt(i + 1);
        }
        Arrays.sort(bigrams);
        return bigrams;
    }
}
