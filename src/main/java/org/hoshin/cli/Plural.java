package org.hoshin.cli;

/** A count with its noun in the right number ("1 file", "2 files"), for the commands' summary lines. */
final class Plural {

    private Plural() {
    }

    /** {@code count} followed by {@code one} when it is 1, else by {@code many}. */
    static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
