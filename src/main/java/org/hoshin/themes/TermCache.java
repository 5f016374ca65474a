package org.hoshin.themes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers the terms of texts already analysed, for as long as the user dictionary stays the same, so that
 * {@code hoshin serve} re-analyses only the initiatives an editor changed instead of every initiative on every save.
 */
final class TermCache {

    /** Enough for every text of many editions; past it the cache starts again rather than grow without bound. */
    private static final int MAX_ENTRIES = 50_000;

    private static String dictionary;
    private static Function<String, List<String>> analyzer;
    private static final Map<String, List<String>> TERMS = new HashMap<>();

    private TermCache() {
    }

    /**
     * An analyzer that remembers its results.
     *
     * @param dictionaryText the user dictionary's text (empty when there is none); a change starts a new cache
     * @param fresh          makes the underlying analyzer for that dictionary
     */
    static synchronized Function<String, List<String>> forDictionary(String dictionaryText,
                                                                     java.util.function.Supplier<Function<String,
                                                                             List<String>>> fresh) {
        if (!dictionaryText.equals(dictionary)) {
            dictionary = dictionaryText;
            analyzer = fresh.get();
            TERMS.clear();
        }
        Function<String, List<String>> current = analyzer;
        return text -> {
            synchronized (TermCache.class) {
                if (TERMS.size() > MAX_ENTRIES) {
                    TERMS.clear();
                }
                return TERMS.computeIfAbsent(text, current);
            }
        };
    }
}
