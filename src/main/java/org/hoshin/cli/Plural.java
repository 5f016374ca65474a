package org.hoshin.cli;

import org.hoshin.content.Message;

/**
 * Counts in summaries read naturally in each language: "no errors", "1 error", "2 errors" (never "1 error(s)"),
 * 「エラーなし」「エラー 3 件」. The catalogue holds the three forms of each counted thing under {@code key.zero},
 * {@code key.one} and {@code key.many}.
 */
final class Plural {

    private Plural() {
    }

    /** {@code count} of the thing counted under {@code key} in the catalogue, e.g. {@code count.error}. */
    static String of(long count, String key) {
        return Message.format(key + (count == 0 ? ".zero" : count == 1 ? ".one" : ".many"), count);
    }
}
