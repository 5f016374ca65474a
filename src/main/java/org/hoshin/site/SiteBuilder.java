package org.hoshin.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Edition;
import org.hoshin.content.Glossary;
import org.hoshin.content.GlossaryCheck;
import org.hoshin.content.Location;
import org.hoshin.content.SafeFiles;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Translation;
import org.hoshin.content.Ward;
import org.hoshin.render.Messages;
import org.hoshin.render.TemplateRenderer;

/**
 * Builds the whole bilingual site from content and templates: loads and checks the content, lets each
 * {@link PageGenerator} render its kind of page for both languages in memory, then swaps the result into the site
 * folder. Output depends only on the input files, so two builds are
 * byte-identical.
 */
public final class SiteBuilder {

    /** The site's languages; Japanese is the source, English mirrors it page for page. */
    public static final List<String> LANGUAGES = List.of("ja", "en");

    /** How a build warning about a stale translation starts (check reports those through its own scan). */
    public static final String STALE_WARNING = "English translation may be out of date";

    /**
     * What a build produced.
     *
     * @param files    number of files written
     * @param warnings problems that do not stop the build (stale translations, glossary)
     */
    public record Result(int files, List<ContentError> warnings) {
    }

    private final SiteConfig config;
    private final int threads;
    private final BuildSession session;

    /** A builder that renders on every available core. */
    public SiteBuilder(SiteConfig config) {
        this(config, Runtime.getRuntime().availableProcessors());
    }

    /** A builder that renders on {@code threads} threads; 1 renders everything on the calling thread. */
    public SiteBuilder(SiteConfig config, int threads) {
        this(config, threads, null);
    }

    /** A builder that reuses what {@code session} kept from earlier builds ({@code null}: nothing). */
    SiteBuilder(SiteConfig config, int threads, BuildSession session) {
        this.config = config;
        this.threads = threads;
        this.session = session;
    }

    /** Builds and publishes into the output folder. */
    public Result build() throws ContentException, IOException {
        List<ContentError> warnings = new ArrayList<>();
        OutputTree tree = render(warnings);
        new SiteWriter().replace(config.outputDir(), tree);
        return new Result(tree.files().size(), warnings);
    }

    /** Renders the site without writing it, adding warnings to {@code warnings}. */
    public OutputTree render(List<ContentError> warnings) throws ContentException, IOException {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, SiteBuilder::daemon) : null;
        try {
            if (pool != null) {
                pool.submit(SearchIndexFiles::warmUp);
            }
            return render(warnings, pool);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private OutputTree render(List<ContentError> warnings, ExecutorService pool)
            throws ContentException, IOException {
        ContentLoader loader = new ContentLoader(config.projectRoot(), session == null ? null : session.wards());
        SiteContent content = loader.load(config.contentDir());
        Glossary glossary = Glossary.load(config.contentDir(), loader::display);
        for (Ward ward : content.wards()) {
            for (Edition edition : ward.editions()) {
                warnings.addAll(new GlossaryCheck(glossary).check(edition));
                warnings.addAll(staleWarnings(edition));
            }
        }
        TemplateRenderer templates = session == null ? new TemplateRenderer(config.templatesDir())
                : session.templates(config.templatesDir());
        Map<String, Map<String, String>> messages = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            messages.put(lang, Messages.load(config.templatesDir(), lang));
        }
        SiteContext site = new SiteContext(config, content, templates, messages, pool,
                session == null ? null : session.pages());
        for (PageGenerator generator : generators()) {
            generator.generate(site);
        }
        return site.finish();
    }

    /** Render threads never keep the process alive. */
    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "hoshin-render");
        thread.setDaemon(true);
        return thread;
    }

    /**
     * Every kind of output, in the order it is generated; the search indexes come first because they are the
     * largest pieces of work and run beside the pages; the sitemap comes last because it lists the pages the
     * others made.
     */
    private static List<PageGenerator> generators() {
        return List.of(new SearchIndexFiles(), new SiteFiles.Entrances(), new LanguagePages(), new EditionPages(),
                new SiteFiles.Assets(), new SiteFiles.SitemapAndRobots());
    }

    private List<ContentError> staleWarnings(Edition edition) {
        List<ContentError> warnings = new ArrayList<>();
        edition.english().pillars().forEach(p -> {
            stale(p.translation(), p.origin(), warnings);
            p.initiatives().forEach(i -> stale(i.translation(), i.origin(), warnings));
        });
        edition.english().management().forEach(s -> stale(s.translation(), s.origin(), warnings));
        edition.english().columns().forEach(s -> stale(s.translation(), s.origin(), warnings));
        edition.english().tables().forEach(t -> stale(t.translation(), t.origin(), warnings));
        stale(edition.english().translation(), edition.english().goalText().origin().atLine(1), warnings);
        return warnings;
    }

    private static void stale(Translation state, Location where, List<ContentError> warnings) {
        if (state == Translation.STALE) {
            warnings.add(new ContentError(where.atLine(1), STALE_WARNING + ": its Japanese source changed",
                    "update the English and its source-sha256 (see 'hoshin translations')"));
        }
    }
}
