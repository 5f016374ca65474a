package org.hoshin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.Message;
import org.hoshin.publish.OutputFolderException;
import org.hoshin.publish.SiteWriter;
import org.hoshin.site.SiteBuilder;
import org.hoshin.stages.OutputTree;
import org.hoshin.stages.SiteConfig;
import org.hoshin.stages.SiteUrlException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hoshin build}: content + templates → site, replacing site/ only when everything succeeded. The steps are
 * spelled out here (check the output folder, render, swap) so that every failure message says truthfully what
 * happened to the output folder.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the static site from content/ and templates/ into site/.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SourceOptions sources;

    /** The address pages carry when none is given: right for a preview, wrong for anything published. */
    static final String LOCAL_SITE_URL = "http://localhost:8000/";

    @Option(names = "--out", paramLabel = "DIR", converter = UserPaths.class,
            description = "Output folder, replaced whole: absent, empty or built by hoshin "
                    + "(default: ${DEFAULT-VALUE}).")
    Path out = Path.of("site");

    @Option(names = "--site-url", defaultValue = "${env:HOSHIN_SITE_URL:-http://localhost:8000/}",
            description = "Absolute http(s) address the site is published at, for the sitemap and the 404 page "
                    + "(default: $HOSHIN_SITE_URL or ${DEFAULT-VALUE}).")
    String siteUrl;

    @Option(names = "--timings", description = "Also print how long each stage of the build took.")
    boolean timings;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        List<String> notes = new ArrayList<>();
        String unchanged = Message.format("cli.build.unchanged", out);
        try {
            Path root = Path.of("").toAbsolutePath();
            SiteConfig config = new SiteConfig(root, sources.content, sources.templates, out, siteUrl);
            SiteWriter writer = SiteWriter.open(config, note -> {
                notes.add(note);
                System.err.println(Message.format("cli.note", note));
            });
            if (!notes.isEmpty()) {
                unchanged = Message.format("cli.build.restored", out);
            }
            List<ContentError> warnings = new ArrayList<>();
            SiteBuilder builder = new SiteBuilder(config);
            OutputTree tree = builder.build(writer, warnings);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (timings) {
                builder.timings().forEach(t -> System.err.println(Message.format("cli.build.stage", t.stage(),
                        t.millis())));
            }
            Diagnostics.forEnvironment(System.err).warnings(warnings);
            if (config.siteUrl().equals(LOCAL_SITE_URL)) {
                System.err.println(Message.format("cli.build.localSiteUrl", LOCAL_SITE_URL));
            }
            System.out.println(Message.format("cli.build.done", Plural.of(tree.count(), "count.file"), out,
                    millis) + (warnings.isEmpty() ? "" : ", " + Plural.of(warnings.size(), "count.warning")));
            return 0;
        } catch (SiteUrlException e) {
            System.err.println(Message.format("cli.build.failed", e.getMessage()));
            return 2; // a mistake on the command line (or in HOSHIN_SITE_URL), like picocli's own
        } catch (ContentException e) {
            System.err.println(unchanged + ":");
            Diagnostics.forEnvironment(System.err).errors(e.errors());
            return 1;
        } catch (OutputFolderException e) {
            System.err.println((e.unchanged() ? unchanged : Message.format("cli.build.failedShort")) + ": "
                    + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println(unchanged + ": " + e.getMessage());
            return 1;
        }
    }
}
