package org.hoshin.content.compare;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * How alike two short Japanese labels are: the Dice coefficient of their character bigrams after NFKC folding
 * (全角/半角 alike) with all white space removed. Bigrams rather than words because Japanese titles are not
 * spaced, and a reworded title (泉区の魅力づくりと発信 → 泉区の魅力発信) keeps most of its two-character pieces.
 */
final class Similarity {

    private Similarity() {
    }

    /** 1 for equal labels, 0 for labels sharing no bigram; counts repeated bigrams as often as they occur. */
    static double dice(String a, String b) {
        Map<String, Integer> left = bigrams(a);
        Map<String, Integer> right = bigrams(b);
        int total = left.values().stream().mapToInt(Integer::intValue).sum()
                + right.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (Map.Entry<String, Integer> e : left.entrySet()) {
            shared += Math.min(e.getValue(), right.getOrDefault(e.getKey(), 0));
        }
        return 2.0 * shared / total;
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static Map<String, Integer> bigrams(String text) {
        String s = normalise(text);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            counts.merge(s.substring(i, i + 2), 1, Integer::sum);
        }
        return counts;
    }
}
