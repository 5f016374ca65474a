package org.hoshin.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The analysed-terms cache: never answers for one dictionary with another dictionary's terms. */
class TermCacheTest {

    @Test
    void aCacheMadeForOneDictionaryKeepsItsOwnTermsWhenAnotherIsInUse() {
        Function<String, List<String>> a = new TermCache(t -> List.of("A:" + t));
        Function<String, List<String>> b = new TermCache(t -> List.of("B:" + t));
        assertEquals(List.of("B:泉区"), b.apply("泉区"));
        assertEquals(List.of("A:泉区"), a.apply("泉区"));
    }

    @Test
    void analysesEachTextOnce() {
        AtomicInteger calls = new AtomicInteger();
        Function<String, List<String>> cache = new TermCache(t -> {
            calls.incrementAndGet();
            return List.of(t);
        });
        cache.apply("防災");
        cache.apply("防災");
        cache.apply("防犯");
        assertEquals(2, calls.get());
    }
}
