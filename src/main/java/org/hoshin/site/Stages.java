package org.hoshin.site;

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
    interface Step<T> {
        T run() throws ContentException, IOException;
    }

    /** A stage's work that makes nothing the next stage takes. */
    @FunctionalInterface
    interface Action {
        void run() throws ContentException, IOException;
    }

    private final List<Timing> timings = new ArrayList<>();

    <T> T run(String stage, Step<T> step) throws ContentException, IOException {
        long start = System.nanoTime();
        try {
            return step.run();
        } finally {
            timings.add(new Timing(stage, (System.nanoTime() - start) / 1_000_000));
        }
    }

    void run(String stage, Action action) throws ContentException, IOException {
        run(stage, () -> {
            action.run();
            return null;
        });
    }

    void clear() {
        timings.clear();
    }

    List<Timing> timings() {
        return List.copyOf(timings);
    }
}
