package org.hoshin.content;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Independent pieces of work done on a build's threads with the calling thread taking part, so that the caller
 * never sits idle while the threads are still busy with earlier work (the search indexes, say): the threads take
 * the pieces from the front, the caller from the back, and each piece runs exactly once, on whichever thread reaches
 * it first. Results come back in the order of the input, whatever order the pieces finish in.
 */
public final class Parallel {

    private Parallel() {
    }

    /** {@code work} applied to every item, in the items' order; on the calling thread alone when {@code pool} is null. */
    public static <T, R> List<R> map(Executor pool, List<T> items, Function<T, R> work) {
        if (pool == null || items.size() < 2) {
            List<R> results = new ArrayList<>(items.size());
            items.forEach(item -> results.add(work.apply(item)));
            return results;
        }
        List<FutureTask<R>> tasks = new ArrayList<>(items.size());
        for (T item : items) {
            FutureTask<R> task = new FutureTask<>(() -> work.apply(item));
            tasks.add(task);
            pool.execute(task);
        }
        for (int i = tasks.size() - 1; i >= 0; i--) {
            tasks.get(i).run(); // does nothing when a thread of the pool has taken it already
        }
        List<R> results = new ArrayList<>(items.size());
        tasks.forEach(task -> results.add(result(task)));
        return results;
    }

    /** Work that may fail on an editor's file. */
    @FunctionalInterface
    public interface Work<R> {
        R call() throws ContentException;
    }

    /**
     * Work whose result is wanted later, started on {@code pool} now; {@link Later#get} runs it on the caller if no
     * thread has started it yet, and otherwise waits for it.
     */
    public static <R> Later<R> start(Executor pool, Work<R> work) {
        FutureTask<R> task = new FutureTask<>(work::call);
        if (pool != null) {
            pool.execute(task);
        }
        return new Later<>(task);
    }

    /** A result {@link #start} is working on. */
    public static final class Later<R> {

        private final FutureTask<R> task;

        private Later(FutureTask<R> task) {
            this.task = task;
        }

        /** The result, or the work's own exception, as the work threw it. */
        public R get() throws ContentException {
            task.run();
            try {
                return task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ContentException content) {
                    throw content;
                }
                return rethrow(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("build interrupted", e);
            }
        }
    }

    private static <R> R result(FutureTask<R> task) {
        task.run();
        try {
            return task.get();
        } catch (ExecutionException e) {
            return rethrow(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        }
    }

    private static <R> R rethrow(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }
}
