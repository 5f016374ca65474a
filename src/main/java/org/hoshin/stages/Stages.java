package org.hoshin.stages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hoshin.content.ContentException;

/** Runs a build's stages by name and keeps how long each took ({@code hoshin build --timings} prints them). */
public final class Stages {

    /** One stage's wall time. */
    public record Timing(String stage, long millis) {
    }

    /** A stage's work. */
    @FunctionalInterface
    public interface Step<T> {
        T run() throws ContentException, IOException;
    }

    /** A stage's work that makes nothing the next stage takes. */
    @FunctionalInterface
    public interface Action {
        void run() throws ContentException, IOException;
    }

    private final List<Timing> timings = new ArrayList<>();

    public <T> T run(String stage, Step<T> step) throws ContentException, IOException {
        long start = System.nanoTime();
        try {
            return step.run();
        } finally {
            timings.add(new Timing(stage, (System.nanoTime() - start) / 1_000_000));
        }
    }

    public void run(String stage, Action action) throws ContentException, IOException {
        run(stage, () -> {
            action.run();
            return null;
        });
    }

    public void clear() {
        timings.clear();
    }

    public List<Timing> timings() {
        return List.copyOf(timings);
    }
}
