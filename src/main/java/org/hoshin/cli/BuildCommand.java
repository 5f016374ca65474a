package org.hoshin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hoshin.content.ContentException;
import org.hoshin.site.SiteBuilder;
import org.hoshin.site.SiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hoshin build}: content + templates → site, replacing site/ only when everything succeeded. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the static site from content/ and templates/ into site/.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SourceOptions sources;

    @Option(names = "--out", defaultValue = "site", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--site-url", defaultValue = "${env:HOSHIN_SITE_URL:-http://localhost:8000/}",
            description = "Address the site is published at, for the sitemap and the 404 page "
                    + "(default: $HOSHIN_SITE_URL or ${DEFAULT-VALUE}).")
    String siteUrl;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try {
            Path root = Path.of("").toAbsolutePath();
            SiteConfig config = new SiteConfig(root, sources.content, sources.templates, out, siteUrl);
            SiteBuilder.Result result = new SiteBuilder(config).build();
            long millis = (System.nanoTime() - start) / 1_000_000;
            Diagnostics.forEnvironment(System.err).warnings(result.warnings());
            System.out.println("built " + Plural.of(result.files(), "file", "files") + " into " + out + " in " + millis
                    + " ms" + (result.warnings().isEmpty() ? ""
                            : ", " + Plural.of(result.warnings().size(), "warning", "warnings")));
            return 0;
        } catch (ContentException e) {
            System.err.println("build failed; " + out + " was left as it was:");
            Diagnostics.forEnvironment(System.err).errors(e.errors());
            return 1;
        } catch (IOException e) {
            System.err.println("build failed; " + out + " was left as it was: " + e.getMessage());
            return 1;
        }
    }
}
