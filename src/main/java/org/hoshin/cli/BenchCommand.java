package org.hoshin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hoshin.content.ContentException;
import org.hoshin.site.SiteBenchmark;
import org.hoshin.site.SiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Override
    public Integer call() {
        Path root = Path.of("").toAbsolutePath();
        try {
            SiteBenchmark.Result r = new SiteBenchmark(new SiteConfig(root, sources.content, sources.templates,
                    root.resolve("site"), "http://localhost:8000/")).run(warmups, Math.max(1, runs));
            System.out.printf("build (warm, in memory): median %.1f ms, min %.1f ms, max %.1f ms over %d runs%n",
                    r.median(), r.millis().get(0), r.millis().get(r.millis().size() - 1), r.millis().size());
            System.out.printf("site: %d files; largest page %s: %d bytes, %d gzip%n", r.files(), r.largestPage(),
                    r.largestBytes(), r.largestGzip());
            r.searchMetaGzip().forEach((lang, bytes) ->
                    System.out.printf("search index %s: root.json %d bytes gzip%n", lang, bytes));
            return 0;
        } catch (ContentException e) {
            Diagnostics.forEnvironment(System.err).errors(e.errors());
            return 1;
        } catch (IOException e) {
            System.err.println("bench: " + e.getMessage());
            return 1;
        }
    }
}
