package org.hoshin.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Whole-process cold builds, measured as a user meets them: {@code bin/hoshin build} started afresh each time
 * (JVM start-up, class loading and all), paired run by run with Hugo + Pagefind building the same text when both
 * are installed, so the machine's load at the moment weighs on both alike.
 */
public final class ColdBenchmark {

    /**
     * The runs of one tool on one corpus.
     *
     * @param runs every measured run, in the order run
     */
    public record Runs(List<MeasuredProcess> runs) {

        public double medianWall() {
            return median(MeasuredProcess::wallMillis);
        }

        public double medianCpu() {
            return median(MeasuredProcess::cpuMillis);
        }

        public double minWall() {
            return runs.stream().mapToDouble(MeasuredProcess::wallMillis).min().orElse(0);
        }

        public double maxWall() {
            return runs.stream().mapToDouble(MeasuredProcess::wallMillis).max().orElse(0);
        }

        /** The largest peak resident memory of any run, in MiB; negative when unknown. */
        public double peakMib() {
            return runs.stream().mapToLong(MeasuredProcess::peakKib).max().orElse(-1) / 1024.0;
        }

        private double median(ToDoubleFunction<MeasuredProcess> value) {
            double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    /**
     * One corpus measured.
     *
     * @param scale  how many times the real content
     * @param hoshin hoshin's cold builds
     * @param hugo   Hugo + Pagefind's builds of the same text, when installed
     */
    public record Result(int scale, Runs hoshin, Optional<Runs> hugo) {
    }

    private final Path root;
    private final Path benchDir;

    /** @param root the project (where bin/hoshin, content/ and templates/ are) */
    public ColdBenchmark(Path root) {
        this.root = root;
        this.benchDir = root.resolve("target/bench");
    }

    /** Hugo and Pagefind as found on this machine, or empty: the benchmark then measures hoshin alone. */
    public Optional<List<String>> hugoAndPagefind() {
        Optional<Path> hugo = onPath("hugo");
        Optional<Path> pagefind = pagefind();
        return hugo.isPresent() && pagefind.isPresent()
                ? Optional.of(List.of(hugo.get().toString(), pagefind.get().toString())) : Optional.empty();
    }

    /** Measures {@code runs} cold builds of the corpus {@code scale} times the real content. */
    public Result run(int scale, int runs) throws IOException {
        Path content = root.resolve("content");
        List<BenchCorpus.EditionDir> editions;
        if (scale == 1) {
            editions = BenchCorpus.editionsOf(content);
        } else {
            content = benchDir.resolve("scale-" + scale + "/content");
            editions = BenchCorpus.write(root.resolve("content"), content, scale);
        }
        Files.createDirectories(benchDir.resolve("out")); // build replaces its --out, but never makes its parent
        List<String> hoshin = List.of(root.resolve("bin/hoshin").toString(), "build", "--content",
                content.toString(), "--out", benchDir.resolve("out/hoshin-" + scale).toString());
        MeasuredProcess.run(hoshin, root);
        awaitLauncherCache();
        Optional<List<String>> tools = hugoAndPagefind();
        Path hugoDir = benchDir.resolve("scale-" + scale + "/hugo");
        if (tools.isPresent()) {
            HugoSite.write(editions, hugoDir);
        }
        List<MeasuredProcess> ours = new ArrayList<>();
        List<MeasuredProcess> theirs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ours.add(MeasuredProcess.run(hoshin, root));
            if (tools.isPresent()) {
                theirs.add(MeasuredProcess.run(List.of(tools.get().get(0), "--quiet", "--source", hugoDir.toString(),
                                "--destination", hugoDir.resolve("public").toString(), "--cleanDestinationDir"), root)
                        .then(MeasuredProcess.run(List.of(tools.get().get(1), "--site",
                                hugoDir.resolve("public").toString()), root)));
            }
        }
        return new Result(scale, new Runs(ours), tools.map(t -> new Runs(theirs)));
    }

    /** The first build creates the launcher's class cache in the background; measure only once it exists. */
    private void awaitLauncherCache() throws IOException {
        Path cache = root.resolve("target/launcher");
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline && Files.isDirectory(cache)) {
            try (Stream<Path> files = Files.list(cache)) {
                if (files.noneMatch(f -> f.getFileName().toString().startsWith(".creating-"))) {
                    return;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    private Optional<Path> pagefind() {
        Path modules = benchDir.resolve("tools/node_modules/@pagefind");
        if (Files.isDirectory(modules)) {
            try (Stream<Path> bins = Files.walk(modules, 3)) {
                Optional<Path> found = bins.filter(Files::isExecutable).filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().matches("pagefind(_extended)?"))
                        .min(Comparator.comparing(Path::toString));
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException e) {
                return onPath("pagefind");
            }
        }
        return onPath("pagefind");
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate) && Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
