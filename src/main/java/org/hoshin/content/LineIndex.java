package org.hoshin.content;

import java.util.Arrays;

/**
 * Where each line of a text starts, so the line and column of any offset are found by binary search. Asking
 * Flexmark for a node's line rescans the text from its start, which made checking a file with many links
 * quadratic (10,000 links took 40 s).
 */
final class LineIndex {

    private final int[] starts;

    private LineIndex(int[] starts) {
        this.starts = starts;
    }

    static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(Arrays.copyOf(starts, count));
    }

    /** The 0-based line holding {@code offset}. */
    int line(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found : -found - 2;
    }

    /** The 1-based column of {@code offset} on its line. */
    int column(int offset) {
        return offset - starts[line(offset)] + 1;
    }
}
