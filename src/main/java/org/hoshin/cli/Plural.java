package org.hoshin.cli;

/** Counts in summaries read as English: "no errors", "1 error", "2 errors" (never "1 error(s)"). */
final class Plural {

    private Plural() {
    }

    /** {@code count} of a regular {@code noun}: "no runs", "1 run", "3 runs". */
    static String of(long count, String noun) {
        return count == 0 ? "no " + noun + "s" : count == 1 ? "1 " + noun : count + " " + noun + "s";
    }
}
