package org.hoshin.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BM25 with field weights (title 3, program 2, text 1), computed at build time: each posting carries its document's
 * term-frequency and length part as a small integer "impact" (tenths), so the browser multiplies by the idf and adds,
 * without downloading any document's lengths; templates/assets/search/query.js computes the idf as Lucene does.
 */
final class Bm25 {

    static final double K1 = 1.2;
    static final double B = 0.75;
    private static final int[] WEIGHTS = {3, 2, 1};

    /** term → rows of [doc, tf title, tf program, tf text], documents in the order they were added. */
    private final Map<String, List<int[]>> frequencies = new HashMap<>();
    private final List<int[]> lengths = new ArrayList<>();

    void length(int doc, int field, int length) {
        while (lengths.size() <= doc) {
            lengths.add(new int[WEIGHTS.length]);
        }
        lengths.get(doc)[field] = length;
    }

    /** Documents must be added in increasing order. */
    void occurrence(String term, int doc, int field) {
        List<int[]> rows = frequencies.computeIfAbsent(term, t -> new ArrayList<>());
        if (rows.isEmpty() || rows.get(rows.size() - 1)[0] != doc) {
            rows.add(new int[] {doc, 0, 0, 0});
        }
        rows.get(rows.size() - 1)[field + 1]++;
    }

    /** term → [doc gap, impact, doc gap, impact, …] in document order. */
    Map<String, int[]> impacts() {
        double[] average = new double[WEIGHTS.length];
        for (int[] length : lengths) {
            for (int f = 0; f < WEIGHTS.length; f++) {
                average[f] += length[f] / (double) lengths.size();
            }
        }
        Map<String, int[]> impacts = new HashMap<>();
        frequencies.forEach((term, docs) -> {
            int[] row = new int[docs.size() * 2];
            int i = 0;
            int previous = 0;
            for (int[] entry : docs) {
                double score = 0;
                for (int f = 0; f < WEIGHTS.length; f++) {
                    int tf = entry[f + 1];
                    if (tf > 0) {
                        double norm = 1 - B + B * lengths.get(entry[0])[f] / Math.max(average[f], 1e-9);
                        score += WEIGHTS[f] * tf * (K1 + 1) / (tf + K1 * norm);
                    }
                }
                row[i++] = entry[0] - previous;
                row[i++] = Math.max(1, (int) Math.round(score * 10));
                previous = entry[0];
            }
            impacts.put(term, row);
        });
        return impacts;
    }
}
