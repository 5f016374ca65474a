package org.hoshin.seed;

import java.util.List;
import java.util.TreeMap;

/**
 * Where each line of a PDF's text would end if the layout broke it: the right edge of its column, or of the page's
 * text. A column's edge is the furthest any line starting where this one starts (within a font size) reaches in
 * the whole document, not only in the block around it: a column of short lines (a box's text, a list) would
 * otherwise take its own longest line for the edge and have every line joined. Lines spanning the page end at the
 * document's right margin when some line reaches most of the page's width; where none does (a two-column text that
 * fills only a left column), at the furthest the lines starting where they start reach; such an edge is a guess,
 * and a line ending a sentence there is taken for a paragraph's end.
 */
final class ColumnEdges {

    private final double[] edges;
    private final boolean[] guessed;

    private ColumnEdges(double[] edges, boolean[] guessed) {
        this.edges = edges;
        this.guessed = guessed;
    }

    /** The right edge of the column or text of line {@code i}. */
    double edge(int i) {
        return edges[i];
    }

    /** True when a line may be broken after a full stop at its edge: the edge was measured, not guessed. */
    boolean breaksAfterFullStop(int i) {
        return !guessed[i];
    }

    /** Text spanning a page reaches at least this share of its width. */
    private static final double TEXT_WIDTH_SHARE = 0.6;
    /** Lines whose left ends are within this many points start in the same place. */
    private static final double BUCKET = 6;

    /** The edges of the lines, in the order of {@code lines}. */
    static ColumnEdges of(List<PdfLine> lines, double pageWidth) {
        TreeMap<Long, Double> columns = new TreeMap<>();
        TreeMap<Long, Double> all = new TreeMap<>();
        double spanning = 0;
        for (PdfLine line : lines) {
            if (line.tableRow()) {
                continue;
            }
            if (!Double.isNaN(line.columnRight())) {
                columns.merge(bucket(line), line.right(), Math::max);
            } else {
                spanning = Math.max(spanning, line.right());
            }
            all.merge(bucket(line), line.right(), Math::max);
        }
        boolean marginKnown = spanning >= TEXT_WIDTH_SHARE * pageWidth;
        double[] edges = new double[lines.size()];
        boolean[] guessed = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            if (!Double.isNaN(line.columnRight())) {
                edges[i] = Math.max(line.columnRight(), furthest(columns, bucket(line)));
            } else {
                edges[i] = marginKnown ? spanning : furthest(all, bucket(line));
                guessed[i] = !marginKnown;
            }
        }
        return new ColumnEdges(edges, guessed);
    }

    private static long bucket(PdfLine line) {
        return (long) Math.floor(line.left() / BUCKET);
    }

    private static double furthest(TreeMap<Long, Double> rights, long bucket) {
        double far = 0;
        for (long b = bucket - 1; b <= bucket + 1; b++) {
            far = Math.max(far, rights.getOrDefault(b, 0.0));
        }
        return far;
    }
}
