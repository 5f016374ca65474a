package org.hoshin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {

    @Test
    void resultsComeInTheItemsOrderAndEachItemRunsOnce() {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Integer> items = IntStream.range(0, 500).boxed().toList();
            Map<Integer, AtomicInteger> runs = new ConcurrentHashMap<>();
            List<Integer> squares = Parallel.map(pool, items, i -> {
                runs.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet();
                return i * i;
            });
            assertEquals(items.stream().map(i -> i * i).toList(), squares);
            assertEquals(500, runs.size());
            runs.values().forEach(count -> assertEquals(1, count.get()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theCallerDoesTheWorkWhenEveryThreadOfThePoolIsBusy() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        try {
            pool.execute(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Thread caller = Thread.currentThread();
            List<Thread> threads = Parallel.map(pool, List.of(1, 2, 3), i -> Thread.currentThread());
            threads.forEach(thread -> assertSame(caller, thread));
            Parallel.Later<Thread> later = Parallel.start(pool, Thread::currentThread);
            assertSame(caller, later.get());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aFailureReachesTheCallerAsItWasThrown() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                    () -> Parallel.map(pool, List.of(1, 2, 3, 4), i -> {
                        if (i == 3) {
                            throw new IllegalArgumentException("three");
                        }
                        return i;
                    }));
            assertEquals("three", thrown.getMessage());
            ContentException content = new ContentException(List.of());
            assertSame(content, assertThrows(ContentException.class, () -> Parallel.start(pool, () -> {
                throw content;
            }).get()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutAPoolEverythingRunsOnTheCaller() throws Exception {
        Thread caller = Thread.currentThread();
        Parallel.map(null, List.of(1, 2), i -> Thread.currentThread()).forEach(t -> assertSame(caller, t));
        assertSame(caller, Parallel.start(null, Thread::currentThread).get());
    }
}
