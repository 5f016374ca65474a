package org.hoshin.cli;

import org.hoshin.content.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hoshin.content.ContentException;
import org.hoshin.site.SiteBenchmark;
import org.hoshin.site.SiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hoshin bench}: how long a build takes once warm, and how big the pages and search index are. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures warm build time (in memory, nothing written) and page and index sizes.")
final class BenchCommand implements Callable<Integer> {

    @Mixin
    SourceOptions sources;

    @Option(names = "--runs", defaultValue = "10", description = "Measured runs (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmups", defaultValue = "3", description = "Warm-up runs (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (runs < 1 || warmups < 0) {
            throw new ParameterException(spec.commandLine(), runs < 1 ? "--runs must be at least 1 (got " + runs + ")"
                    : "--warmups must be 0 or more (got " + warmups + ")");
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
}
