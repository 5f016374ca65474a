package org.hoshin.stages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.hoshin.content.ContentException;
import org.hoshin.content.Parallel;

/**
 * Runs one build's work: on the build's threads when it has more than one, and reusing what an earlier build of
 * the same process (the preview) made from the same inputs. Generators and stages say what they make and what it
 * is made from; they never manage threads, futures or cache keys themselves.
 *
 * <p>Output work ({@link #output}) puts its files into the tree as soon as it made them, so that a page is written
 * (or kept) and forgotten at once rather than held until every page before it is done. The tree is a sorted map
 * whatever order files arrive in, and the first failure in the order the work was handed over is the one reported
 * ({@link #finish}), so a parallel build is byte-identical to a sequential one and fails with the same message.
 *
 * <p>What work on the threads may share: the content model and the project are immutable once loaded; views,
 * comparisons and index writers keep no state between calls; Pebble's engine is thread-safe; results kept for
 * reuse are immutable and each is made by one task.
 */
public final class Runner implements AutoCloseable {

    /** Where work runs; {@code null} to run it at once, on the calling thread. */
    private final ExecutorService pool;
    /** What the preview keeps between builds; {@code null} in a build that is not a preview. */
    private final BuildSession session;
    /** Output work handed over, in order, for its failures. */
    private final List<Future<?>> pending = new ArrayList<>();

    /** A runner on {@code threads} threads (1: everything on the calling thread) reusing {@code session}'s results. */
    public Runner(int threads, BuildSession session) {
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, Runner::daemon) : null;
        this.session = session;
    }

    /** The build's threads, for work that splits itself ({@code null} in a build on one thread). */
    public ExecutorService pool() {
        return pool;
    }

    /** Starts {@code work} on the build's threads; its result is there when asked for (see {@link Parallel#start}). */
    public <R> Parallel.Later<R> start(Parallel.Work<R> work) {
        return Parallel.start(pool, work);
    }

    /** {@code work} applied to every item on the build's threads, the results in the items' order. */
    public <T, R> List<R> map(List<T> items, Function<T, R> work) {
        return Parallel.map(pool, items, work);
    }

    /** Runs {@code work} on the build's threads without waiting for it, its failure ignored (warming a cache). */
    public void warm(Runnable work) {
        if (pool != null) {
            pool.submit(work);
        }
    }

    /**
     * What {@code maker} makes from {@code inputs}; in a preview, the result an earlier build made as {@code job}
     * from the same inputs is reused instead. {@code job} is what is made (an output file's path, or a derived
     * value's own record), {@code inputs} everything it is made from (see {@link Inputs}).
     */
    public <T> T reuse(Object job, Inputs inputs, BuildSession.Maker<T> maker) throws ContentException {
        return session == null ? maker.make() : session.kept(job, inputs, maker);
    }

    /** Text files (path to text) that {@code work} makes, into {@code tree} as soon as they are made. */
    public void output(OutputTree tree, Callable<Map<String, String>> work) throws ContentException {
        outputEncoded(tree, () -> encoded(work.call()));
    }

    /** As {@link #output}, for work that makes its files as UTF-8 already. */
    public void outputEncoded(OutputTree tree, Callable<Map<String, byte[]>> work) throws ContentException {
        if (pool == null) {
            call(work).forEach(tree::put);
        } else {
            pending.add(pool.submit(() -> {
                call(work).forEach(tree::put);
                return null;
            }));
        }
    }

    /**
     * Waits for all output work; throws the first failure in the order handed over (the rest is then cancelled,
     * see {@link #close}).
     */
    public void finish() throws ContentException {
        try {
            for (Future<?> work : pending) {
                work.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ContentException content) {
                throw content;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    /**
     * Cancels output work not yet started (after a failure it would only write files into a site about to be
     * removed) and lets the threads finish what they are doing, so that no page is still being written into a
     * folder the build is about to remove. Never interrupts them: an interrupt can break a library's one-time
     * initialisation (the Japanese dictionary) for the rest of a preview's process.
     */
    @Override
    public void close() {
        pending.forEach(f -> f.cancel(false));
        pending.clear();
        if (pool != null) {
            pool.shutdown();
            try {
                pool.awaitTermination(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs work that may fail on an editor's file, as that failure; anything else checked is a hoshin error. */
    public static <T> T call(Callable<T> work) throws ContentException {
        try {
            return work.call();
        } catch (ContentException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> encoded(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return bytes;
    }

    /** Build threads never keep the process alive. */
    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "hoshin-build");
        thread.setDaemon(true);
        return thread;
    }
}
