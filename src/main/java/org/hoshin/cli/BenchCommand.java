package org.hoshin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hoshin.bench.BenchCorpus;
import org.hoshin.bench.ColdBenchmark;
import org.hoshin.bench.SiteBenchmark;
import org.hoshin.content.ContentException;
import org.hoshin.content.Message;
import org.hoshin.stages.SiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hoshin bench}: how long a build takes as a user meets it (whole-process cold builds, paired with Hugo +
 * Pagefind on the same text when they are installed), once warm, and at {@code --scale} times the real content;
 * and how big the pages and search index are.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures cold builds (bin/hoshin build as a new process, paired with Hugo + Pagefind on the "
                + "same text when both are installed), warm builds (in memory) and page and index sizes.",
                "Generated corpora are written under target/bench/."})
final class BenchCommand implements Callable<Integer> {

    @Mixin
    SourceOptions sources;

    @Option(names = "--runs", defaultValue = "10", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmups", defaultValue = "3", description = "Warm-up runs (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--cold-runs", defaultValue = "5",
            description = "Whole-process cold builds per corpus and tool; 0 skips them (default: ${DEFAULT-VALUE}).")
    int coldRuns;

    @Option(names = "--scale", defaultValue = "0",
            description = "Also measure a generated corpus this many times the real content (e.g. 50).")
    int scale;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 1 || warmups < 0) {
            throw new ParameterException(spec.commandLine(), runs < 1 ? "--runs must be at least 1 (got " + runs + ")"
                    : "--warmups must be 0 or more (got " + warmups + ")");
        }
        if (coldRuns < 0 || scale < 0 || scale == 1) {
            throw new ParameterException(spec.commandLine(), coldRuns < 0 ? "--cold-runs must be 0 or more (got "
                    + coldRuns + ")" : "--scale must be 2 or more (got " + scale + ")");
        }
        Path root = Path.of("").toAbsolutePath();
        try {
            SiteBenchmark.Result r = new SiteBenchmark(new SiteConfig(root, sources.content, sources.templates,
                    root.resolve("site"), "http://localhost:8000/")).run(warmups, runs);
            System.out.println(Message.format("bench.build", millis(r.median()), millis(r.millis().get(0)),
                    millis(r.millis().get(r.millis().size() - 1)), Plural.of(r.millis().size(), "count.run")));
            System.out.println(Message.format("bench.site", Plural.of(r.files(), "count.file"), r.largestPage(),
                    r.largestBytes(), r.largestGzip()));
            r.searchMetaGzip().forEach((lang, bytes) ->
                    System.out.println(Message.format("bench.searchIndex", lang, bytes)));
            if (coldRuns > 0) {
                cold(root);
            }
            return 0;
        } catch (ContentException e) {
            Diagnostics.forEnvironment(System.err).errors(e.errors());
            return 1;
        } catch (IOException | RuntimeException | Error e) {
            return CommandFailure.report("bench", e);
        }
    }

    /** Milliseconds to one decimal, the same in every locale. */
    private static String millis(double ms) {
        return String.format(java.util.Locale.ROOT, "%.1f", ms);
    }

    /** Cold builds of the real content and of the scaled corpus, as a table with the paired ratios. */
    private void cold(Path root) throws IOException, ContentException {
        ColdBenchmark bench = new ColdBenchmark(root);
        if (bench.hugoAndPagefind().isEmpty()) {
            System.out.println("Hugo + Pagefind not found (apt-get install hugo; npm install pagefind in "
                    + "target/bench/tools): measuring hoshin alone");
        }
        List<ColdBenchmark.Result> results = new ArrayList<>();
        results.add(bench.run(1, coldRuns));
        if (scale > 1) {
            results.add(bench.run(scale, coldRuns));
        }
        System.out.printf("%ncold builds, whole process (median of %s; wall min–max):%n%n", Plural.of(coldRuns, "count.run"));
        System.out.println("| content | hoshin wall | CPU | peak RSS | Hugo + Pagefind wall | CPU | peak RSS "
                + "| wall ratio | CPU ratio |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (ColdBenchmark.Result result : results) {
            ColdBenchmark.Runs ours = result.hoshin();
            String theirs = result.hugo().map(BenchCommand::cells).orElse("n/a | n/a | n/a");
            String ratios = result.hugo().map(h -> String.format("%.2f× | %.2f×", ours.medianWall() / h.medianWall(),
                    ours.medianCpu() / h.medianCpu())).orElse("n/a | n/a");
            System.out.printf("| ×%d | %s | %s | %s |%n", result.scale(), cells(ours), theirs, ratios);
        }
        System.out.println();
        for (ColdBenchmark.Result result : results) {
            Path content = root.resolve("target/bench/scale-" + result.scale() + "/content");
            if (result.scale() == 1) {
                BenchCorpus.write(sources.content, content, 1);
            }
            SiteBenchmark corpus = new SiteBenchmark(new SiteConfig(root, content, sources.templates,
                    root.resolve("target/bench/out/serve-" + result.scale()), "http://localhost:8000/"));
            if (result.scale() > 1) {
                SiteBenchmark.Result warm = corpus.run(warmups, runs);
                System.out.printf("build ×%d (warm, in memory): median %.1f ms, min %.1f ms, max %.1f ms; %d files%n",
                        result.scale(), warm.median(), warm.millis().get(0),
                        warm.millis().get(warm.millis().size() - 1), warm.files());
            }
            List<Double> saves = corpus.rebuildsAfterSave(runs);
            System.out.printf("serve ×%d, save → site rebuilt in memory: median %.1f ms, min %.1f ms, max %.1f ms%n",
                    result.scale(), saves.get(saves.size() / 2), saves.get(0), saves.get(saves.size() - 1));
        }
        System.out.println("ratio = hoshin / Hugo + Pagefind: below 1 means hoshin is faster");
    }

    private static String cells(ColdBenchmark.Runs runs) {
        return String.format("%.0f ms (%.0f–%.0f) | %s | %s", runs.medianWall(), runs.minWall(), runs.maxWall(),
                runs.medianCpu() < 0 ? "n/a" : String.format("%.0f ms", runs.medianCpu()),
                runs.peakMib() < 0 ? "n/a" : String.format("%.0f MiB", runs.peakMib()));
    }
}
