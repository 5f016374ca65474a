package org.hoshin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hoshin.content.Message;
import org.hoshin.site.SiteChecker;
import org.hoshin.stages.SiteConfig;
import org.hoshin.stages.SiteUrlException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code hoshin check}: validates content and the site it builds, without touching site/. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks content, links and translations; exits 1 when anything must be fixed.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SourceOptions sources;

    @Option(names = "--site-url", defaultValue = "${env:HOSHIN_SITE_URL:-http://localhost:8000/}",
            description = "Address the site is published at (default: $HOSHIN_SITE_URL or ${DEFAULT-VALUE}).")
    String siteUrl;

    @Option(names = "--strict-translations",
            description = "Treat missing and stale English translations as errors, not warnings.")
    boolean strictTranslations;

    @Option(names = "--list-external", description = "List the external links found on the site (never fetched).")
    boolean listExternal;

    @Option(names = "--published-branch", paramLabel = "BRANCH",
            defaultValue = "${env:HOSHIN_PUBLISHED_BRANCH}",
            description = "The branch the site is published from, whose anchors must stay (default: "
                    + "$HOSHIN_PUBLISHED_BRANCH, else the first of origin/HEAD, origin/main, origin/master, main, "
                    + "master).")
    String publishedBranch;

    @Override
    public Integer call() {
        Path root = Path.of("").toAbsolutePath();
        SiteChecker.Report report;
        try {
            report = new SiteChecker(new SiteConfig(root, sources.content, sources.templates, root.resolve("site"),
                    siteUrl), publishedBranch)
                    .check(strictTranslations);
        } catch (SiteUrlException e) {
            System.err.println(Message.format("cli.check.failed", e.getMessage()));
            return 2; // a mistake on the command line (or in HOSHIN_SITE_URL), like picocli's own
        } catch (IOException | RuntimeException | Error e) {
            return CommandFailure.report("check", e);
        }
        Diagnostics diagnostics = Diagnostics.forEnvironment(System.err);
        diagnostics.errors(report.errors());
        diagnostics.warnings(report.warnings());
        if (listExternal) {
            report.externalLinks().forEach(url -> System.out.println(
                    Diagnostics.visible(Message.format("cli.check.external", url))));
        }
        System.out.println(Message.format("cli.check.summary", Plural.of(report.errors().size(), "count.error"),
                Plural.of(report.warnings().size(), "count.warning"), externalSummary(report.externalLinks().size())));
        return report.errors().isEmpty() ? 0 : 1;
    }

    private String externalSummary(int count) {
        String links = Plural.of(count, "count.externalLink");
        if (count == 0) {
            return links;
        }
        return Message.format(listExternal ? "cli.check.listed" : "cli.check.notListed", links);
    }
}
