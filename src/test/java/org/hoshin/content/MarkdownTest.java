package org.hoshin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What is made from a text is made once, kept with the text, shared by its translation-state copies. */
class MarkdownTest {

    private final Markdown text = new Markdown("泉区の**魅力**づくり\n\n- 発信", new Location(Path.of("a.md"), 3, 1));

    @Test
    void makesEachKindOfDerivedValueOnceAndSharesItWithCopies() {
        AtomicInteger made = new AtomicInteger();
        Markdown.Derived<String> upper = t -> "#" + made.incrementAndGet() + " " + t.source().length();
        Markdown.Derived<Integer> lines = t -> (int) t.source().lines().count();

        String first = text.derived(upper);
        assertSame(first, text.derived(upper), "kept, not made again");
        assertSame(first, text.as(Translation.STALE).derived(upper), "copies share what was made");
        assertEquals(1, made.get());
        assertEquals(3, text.derived(lines), "another kind is made on its own");
        assertSame(first, text.derived(upper), "and does not replace the first");
        assertEquals("#2 " + text.source().length(),
                new Markdown(text.source(), text.origin()).derived(upper), "an equal text made anew has its own");
    }

    @Test
    void makesAValueOnceWhenManyThreadsAskAtOnce() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Markdown.Derived<String> slow = t -> {
            made.incrementAndGet();
            t.document();
            return t.source().strip();
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> text.derived(slow)));
            }
            for (var answer : answers) {
                assertSame(answers.get(0).get(), answer.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, made.get());
    }
}
