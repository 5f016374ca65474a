package org.hoshin.content.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bigram arrays give exactly the scores of the definition: counted maps of two-character substrings of the
 * NFKC-folded text with {@code \s} removed by a regular expression.
 */
class SimilarityTest {

    private static final List<String> LABELS = List.of("泉区の魅力づくりと発信", "泉区の魅力発信", "防犯対策推進事業",
            "交通安全対策推進事業", "ＳＤＧｓの 推進", "SDGsの推進", "防災", "子育て", "", "泉", "ああああ", "あああ",
            "𠮷野家の𠮷", "地域の\n支え合い", "地域の支え合い　推進", "A to Z", "ｱｲｳ", "アイウ");
    private static final String PIECES = "泉区のの魅力発信防災推進事業 　\n\t\u000B\f\r\u00A0\u2003\u0085あア𠮷ｱSDGＳ";

    @Test
    void scoresEveryPairOfSampleLabelsAsTheDefinitionDoes() {
        for (String a : LABELS) {
            for (String b : LABELS) {
                assertEquals(definition(a, b), Similarity.dice(a, b), () -> a + " / " + b);
                assertEquals(definition(a, b), Similarity.dice(Similarity.bigrams(a), Similarity.bigrams(b)));
            }
        }
    }

    @Test
    void scoresRandomTextsWithRepeatedBigramsAsTheDefinitionDoes() {
        Random random = new Random(24);
        for (int sample = 0; sample < 5_000; sample++) {
            String a = text(random);
            String b = text(random);
            assertEquals(definition(a, b), Similarity.dice(a, b), () -> a + " / " + b);
        }
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(16); n > 0; n--) {
            text.append(PIECES.charAt(random.nextInt(PIECES.length())));
        }
        return text.toString();
    }

    /** The Dice coefficient as it was first written: bigram substrings counted in maps. */
    private static double definition(String a, String b) {
        Map<String, Integer> left = counted(a);
        Map<String, Integer> right = counted(b);
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

    private static Map<String, Integer> counted(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            counts.merge(s.substring(i, i + 2), 1, Integer::sum);
        }
        return counts;
    }
}
