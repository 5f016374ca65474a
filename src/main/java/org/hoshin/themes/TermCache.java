package org.hoshin.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers the terms of texts already analysed by one analyser, so that a text that comes back (an initiative kept
 * unchanged from one edition to the next, a keyword) is analysed once. One cache belongs to one analyser and so to
 * one user dictionary: a process-wide cache once answered for one dictionary with another's terms when two loads
 * overlapped (a {@code serve} rebuild and {@code hoshin themes}, parallel tests).
 */
final class TermCache implements Function<String, List<String>> {

    /** Enough for every text of many editions; past it the cache starts again rather than grow without bound. */
    private static final int MAX_ENTRIES = 50_000;

    private final Function<String, List<String>> analyzer;
    private final Map<String, List<String>> terms = new HashMap<>();

    /** @param analyzer text to its terms, in order */
    TermCache(Function<String, List<String>> analyzer) {
        this.analyzer = analyzer;
    }

    @Override
    public synchronized List<String> apply(String text) {
        if (terms.size() > MAX_ENTRIES) {
            terms.clear();
        }
        return terms.computeIfAbsent(text, analyzer);
    }
}
