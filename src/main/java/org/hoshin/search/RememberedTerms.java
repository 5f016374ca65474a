package org.hoshin.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The terms of texts analysed before, by text, so that a text that comes back (a title in the themes and the index,
 * a sentence repeated across editions, every text on a preview's next save) is analysed once. Bounded: once it
 * holds {@link #LIMIT} texts it remembers no more, so memory stays bounded whatever the content's size or the
 * preview's length. Safe between threads.
 */
final class RememberedTerms {

    /** How many texts are remembered at most. */
    static final int LIMIT = 200_000;

    private final Map<String, List<Term>> known = new ConcurrentHashMap<>();

    /** The terms of {@code text} from memory, or as {@code analyse} gives them, remembered while there is room. */
    List<Term> of(String text, Function<String, List<Term>> analyse) {
        List<Term> terms = known.get(text);
        if (terms == null) {
            terms = List.copyOf(analyse.apply(text));
            if (known.size() < LIMIT) {
                known.putIfAbsent(text, terms);
            }
        }
        return terms;
    }
}
