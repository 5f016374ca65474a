package org.hoshin.cli;

/** Counts in summaries read as English: "no errors", "1 error", "2 errors" (never "1 error(s)"). */
final class Plural {

    private Plural() {
    }

    /** {@code count} of a regular {@code noun}: "no runs", "1 run", "3 runs". */
    static String of(long count, String noun) {
        return of(count, noun, noun + "s");
    }

    /** {@code count} followed by {@code one} when it is 1, else by {@code many}; "no …" for zero. */
    static String of(long count, String one, String many) {
        return count == 0 ? "no " + many : count == 1 ? "1 " + one : count + " " + many;
    }
}
