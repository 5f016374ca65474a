package org.hoshin.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hoshin.check.LinkChecker;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Location;
import org.hoshin.content.PublishedAnchors;
import org.hoshin.content.TempFolder;
import org.hoshin.content.TranslationStatus;
import org.hoshin.stages.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Everything an editor's pull request must pass: valid content, a site that builds, no broken internal link or
 * anchor, and the state of the translations. Builds into a temporary folder, so the real {@code site/} is never
 * touched by a check.
 */
public final class SiteChecker {

    /**
     * The outcome of a check.
     *
     * @param errors        problems that fail the check
     * @param warnings      problems reported but not failing (translations, unless strict)
     * @param externalLinks external addresses found on the site, listed for a human, never fetched
     */
    public record Report(List<ContentError> errors, List<ContentError> warnings, List<String> externalLinks) {
    }

    private final SiteConfig config;
    private final String publishedBranch;

    public SiteChecker(SiteConfig config) {
        this(config, null);
    }

    /** @param publishedBranch the branch the site is published from, or {@code null} to find it */
    public SiteChecker(SiteConfig config, String publishedBranch) {
        this.config = config;
        this.publishedBranch = publishedBranch;
    }

    public Report check(boolean strictTranslations) throws IOException {
        List<ContentError> errors = new ArrayList<>();
        List<ContentError> warnings = new ArrayList<>();
        List<String> external = new ArrayList<>();
        List<ContentError> built = new ArrayList<>();
        try (TempFolder temp = TempFolder.create("hoshin-check-")) {
            Path out = temp.path().resolve("site");
            try {
                SiteBuilder builder = new SiteBuilder(new SiteConfig(config.projectRoot(), config.contentDir(),
                        config.templatesDir(), out, config.siteUrl()));
                built.addAll(builder.build().warnings());
                PublishedAnchors published = PublishedAnchors.compare(config.contentDir(), publishedBranch, builder.rendered(),
                        new ContentLoader(config.projectRoot())::display);
                errors.addAll(published.errors());
                warnings.addAll(published.notes());
                for (LinkChecker.BrokenLink broken : new LinkChecker().check(out, config.basePath())) {
                    errors.add(ContentError.of(Location.of(Path.of("site", broken.page())), "linkCheck.link",
                            broken.href(), broken.reason()));
                }
                external.addAll(externalLinks(out));
            } catch (ContentException e) {
                errors.addAll(e.errors());
            }
            List<ContentError> translations = new ArrayList<>();
            for (TranslationStatus.Item item : new TranslationStatus().scan(config.contentDir())) {
                translations.add(item.asError(config.projectRoot()));
            }
            built.removeAll(translations);
            warnings.addAll(built);
            (strictTranslations ? errors : warnings).addAll(translations);
        }
        return new Report(errors, warnings, external);
    }

    private static List<String> externalLinks(Path site) throws IOException {
        TreeSet<String> urls = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (Element a : Jsoup.parse(page.toFile(), "UTF-8").select("a[href^=http], a[href^=mailto]")) {
                    urls.add(a.attr("href"));
                }
            }
        }
        return List.copyOf(urls);
    }
}
