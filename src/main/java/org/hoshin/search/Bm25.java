package org.hoshin.search;

import java.util.List;

/**
 * BM25 with field weights (title 3, program 2, text 1), computed at build time: each posting carries its document's
 * term-frequency and length part as a small integer "impact" (tenths), so the browser multiplies by the idf and adds,
 * without downloading any document's lengths; templates/assets/search/query.js computes the idf as Lucene does.
 * The average lengths are the whole index's, so impacts are computed when the wards' parts are merged.
 */
final class Bm25 {

    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Title, program, text. */
    static final int FIELDS = 3;
    private static final int[] WEIGHTS = {3, 2, 1};

    /** k1 × (1 − b + b × length / average length), per document (numbered through the parts) and field. */
    private final double[] norms;

    /** The statistics of the index made of {@code parts}, in document order. */
    Bm25(List<IndexPart> parts) {
        int docs = parts.stream().mapToInt(IndexPart::size).sum();
        double[] average = new double[FIELDS];
        for (IndexPart part : parts) { // summed in document order, so the rounding is a fresh build's
            for (int d = 0; d < part.size(); d++) {
                for (int f = 0; f < FIELDS; f++) {
                    average[f] += part.length(d, f) / (double) docs;
                }
            }
        }
        norms = new double[docs * FIELDS];
        int doc = 0;
        for (IndexPart part : parts) {
            for (int d = 0; d < part.size(); d++, doc++) {
                for (int f = 0; f < FIELDS; f++) {
                    norms[doc * FIELDS + f] = K1 * (1 - B + B * part.length(d, f) / Math.max(average[f], 1e-9));
                }
            }
        }
    }

    /**
     * The impact of a term in document {@code doc} (its number in the index), whose term frequencies per field are
     * {@code row[at + 1]}, {@code row[at + 2]} and {@code row[at + 3]} (a row of {@link IndexPart#postings}).
     */
    int impact(int doc, int[] row, int at) {
        double score = 0;
        for (int f = 0; f < FIELDS; f++) {
            int tf = row[at + 1 + f];
            if (tf > 0) {
                score += WEIGHTS[f] * tf * (K1 + 1) / (tf + norms[doc * FIELDS + f]);
            }
        }
        return Math.max(1, (int) Math.round(score * 10));
    }
}
