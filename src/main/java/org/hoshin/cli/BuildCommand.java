package org.hoshin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.site.OutputFolderException;
import org.hoshin.site.OutputTree;
import org.hoshin.site.SiteBuilder;
import org.hoshin.site.SiteConfig;
import org.hoshin.site.SiteUrlException;
import org.hoshin.site.SiteWriter;
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

    @Override
    public Integer call() {
        long start = System.nanoTime();
        List<String> notes = new ArrayList<>();
        String unchanged = "build failed; " + out + " was left as it was";
        try {
            Path root = Path.of("").toAbsolutePath();
            SiteConfig config = new SiteConfig(root, sources.content, sources.templates, out, siteUrl);
            SiteWriter writer = SiteWriter.open(config, note -> {
                notes.add(note);
                System.err.println("note: " + note);
            });
            if (!notes.isEmpty()) {
                unchanged = "build failed; " + out + " was restored (see above), otherwise left as it was";
            }
            List<ContentError> warnings = new ArrayList<>();
            SiteBuilder builder = new SiteBuilder(config);
            OutputTree tree = builder.render(warnings);
            writer.replace(tree);
            for (Path list : builder.recordPublishedIds()) {
                System.out.println("recorded new anchors in " + list + " (commit it with the content)");
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            Diagnostics.forEnvironment(System.err).warnings(warnings);
            if (config.siteUrl().equals(LOCAL_SITE_URL)) {
                System.err.println("warning: pages will carry " + LOCAL_SITE_URL + " in canonical and sitemap links; "
                        + "give --site-url https://… or set HOSHIN_SITE_URL before publishing");
            }
            System.out.println("built " + Plural.of(tree.files().size(), "file", "files") + " into " + out + " in "
                    + millis + " ms" + (warnings.isEmpty() ? "" : ", " + Plural.of(warnings.size(), "warning")));
            return 0;
        } catch (SiteUrlException e) {
            System.err.println("build failed: " + e.getMessage());
            return 1;
        } catch (ContentException e) {
            System.err.println(unchanged + ":");
            Diagnostics.forEnvironment(System.err).errors(e.errors());
            return 1;
        } catch (OutputFolderException e) {
            System.err.println((e.unchanged() ? unchanged : "build failed") + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println(unchanged + ": " + e.getMessage());
            return 1;
        }
    }
}
