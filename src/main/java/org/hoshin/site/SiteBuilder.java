package org.hoshin.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLayout;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Edition;
import org.hoshin.content.Glossary;
import org.hoshin.content.Lang;
import org.hoshin.content.SiteInfo;
import org.hoshin.content.GlossaryCheck;
import org.hoshin.content.IndentedText;
import org.hoshin.content.Location;
import org.hoshin.content.Parallel;
import org.hoshin.content.ReviewMarks;
import org.hoshin.content.SiteContent;
import org.hoshin.content.TranslationStatus;
import org.hoshin.content.Ward;
import org.hoshin.render.Messages;
import org.hoshin.render.TemplateRenderer;

/**
 * Builds the whole bilingual site from content and templates: loads and checks the content, lets each
 * {@link PageGenerator} render its kind of page for both languages, writing each file into a new folder as it is
 * made (or keeping it in memory, for the preview), then swaps the new folder in. Output depends only on the input
 * files, so two builds are byte-identical.
 */
public final class SiteBuilder {

    /**
     * What a build produced.
     *
     * @param tree     the site (after {@link #build}, its files are in the output folder: only their sizes are kept)
     * @param warnings problems that do not stop the build (stale translations, glossary)
     */
    public record Result(OutputTree tree, List<ContentError> warnings) {

        /** Number of files in the site. */
        public int files() {
            return tree.count();
        }
    }

    private final SiteConfig config;
    private final int threads;
    private final BuildSession session;
    /** The content the last {@link #render} read, for {@link #rendered}. */
    private SiteContent rendered;

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

    /**
     * Builds and publishes into the output folder (refused unless it may be replaced, see SiteWriter). Files are
     * written into the writer's new folder as they are made, and the folder is swapped in only when the build
     * succeeded; a failed build removes it and leaves the published site as it was.
     */
    public Result build() throws ContentException, IOException {
        List<ContentError> warnings = new ArrayList<>();
        SiteWriter writer = SiteWriter.open(config,
                note -> warnings.add(new ContentError(Location.of(config.outputDir()), note)));
        return new Result(build(writer, warnings), warnings);
    }

    /** As {@link #build()}, into the folder {@code writer} replaces, adding warnings to {@code warnings}. */
    public OutputTree build(SiteWriter writer, List<ContentError> warnings) throws ContentException, IOException {
        SiteWriter.Staging staging = writer.begin();
        OutputTree tree = OutputTree.writingTo(staging);
        try {
            render(warnings, tree);
        } catch (OutputTree.OutputFailure e) {
            staging.abort();
            throw staging.failure(e.getCause());
        } catch (ContentException | IOException | RuntimeException | Error e) {
            staging.abort();
            throw e;
        }
        staging.commit();
        return tree;
    }

    /** Builds without writing anything: the preview serves the site from memory. */
    Result buildInMemory() throws ContentException, IOException {
        List<ContentError> warnings = new ArrayList<>();
        return new Result(render(warnings), warnings);
    }

    /** Renders the site into memory without writing it, adding warnings to {@code warnings}. */
    public OutputTree render(List<ContentError> warnings) throws ContentException, IOException {
        OutputTree tree = new OutputTree();
        render(warnings, tree);
        return tree;
    }

    private void render(List<ContentError> warnings, OutputTree tree) throws ContentException, IOException {
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, SiteBuilder::daemon) : null;
        try {
            if (pool != null) {
                pool.submit(SearchIndexFiles::warmUp);
            }
            render(warnings, pool, tree);
        } finally {
            if (pool != null) {
                finishQuietly(pool);
            }
        }
    }

    private void render(List<ContentError> warnings, ExecutorService pool, OutputTree tree)
            throws ContentException, IOException {
        ContentLoader loader = new ContentLoader(config.projectRoot(), session == null ? null : session.wards(), pool);
        SiteContent content = loader.load(config.contentDir());
        rendered = content;
        Parallel.Later<ContentHistory> history = Parallel.start(pool, () -> ContentHistory.read(config.contentDir()));
        SiteInfo siteInfo = SiteInfo.load(config.contentDir(), loader::display);
        Glossary glossary = Glossary.load(config.contentDir(), loader::display);
        List<Parallel.Later<List<ContentError>>> wardWarnings = new ArrayList<>();
        for (Ward ward : content.wards()) {
            wardWarnings.add(Parallel.start(pool, () -> BuildSession.kept(session, "warnings:" + ward.id(), ward,
                    glossary, () -> warnings(ward, glossary))));
        }
        for (Parallel.Later<List<ContentError>> later : wardWarnings) {
            try {
                warnings.addAll(later.get());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        TemplateRenderer templates = session == null ? new TemplateRenderer(config.templatesDir())
                : session.templates(config.templatesDir());
        Map<Lang, Map<String, String>> messages = new LinkedHashMap<>();
        for (Lang lang : Lang.ALL) {
            messages.put(lang, Messages.load(config.templatesDir(), lang.code()));
        }
        SiteContext site = new SiteContext(config, content, templates, messages, pool, session, tree,
                new PageFooter(siteInfo, history.get(), content));
        site.startThemes();
        try {
            for (PageGenerator generator : generators()) {
                generator.generate(site);
            }
            site.finish();
        } finally {
            site.cancelWaiting(); // after a failure, work not yet started never starts (nor writes a file)
        }
        List<ContentError> brokenLinks = new ContentLinks(tree, config.siteUrl()).check(content);
        if (!brokenLinks.isEmpty()) {
            throw new ContentException(brokenLinks);
        }
    }

    /**
     * Lets the threads finish what they are doing before the build returns, so that after a failure no page is
     * still being written into the folder the build is about to remove. Never interrupts them: an interrupt can break
     * a library's one-time initialisation (the Japanese dictionary) for the rest of a preview's process.
     */
    private static void finishQuietly(ExecutorService pool) {
        pool.shutdown();
        try {
            pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Render threads never keep the process alive. */
    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "hoshin-render");
        thread.setDaemon(true);
        return thread;
    }

    /** The content the last build read, for comparisons that need it ({@code check}'s published anchors). */
    public SiteContent rendered() {
        return rendered;
    }

    /**
     * Every kind of output, in the order it is generated; the search indexes come first because they are the
     * largest pieces of work and run beside the pages; open data comes before its page, which lists its files; the
     * sitemap comes last because it lists the pages the others made.
     */
    private static List<PageGenerator> generators() {
        return List.of(new SearchIndexFiles(), new SiteFiles.Entrances(), new LanguagePages(), new EditionPages(),
                new ChangesPages(), new ThemePages(), new DataFiles(), new DataPage(), new SiteFiles.Assets(),
                new SiteFiles.SitemapAndRobots());
    }

    /**
     * What is worth a warning in the ward's editions: glossary terms left out of the English, indented text that
     * would show as code, import's review marks not yet deleted, stale translations. Made from the ward's files and the glossary alone, so each ward on a
     * thread of its own, and the preview keeps them while neither changed.
     */
    private List<ContentError> warnings(Ward ward, Glossary glossary) {
        List<ContentError> warnings = new ArrayList<>();
        for (Edition edition : ward.editions()) {
            warnings.addAll(new GlossaryCheck(glossary).check(edition));
            warnings.addAll(IndentedText.check(edition));
            warnings.addAll(ReviewMarks.check(edition));
            try {
                warnings.addAll(staleWarnings(edition));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(warnings);
    }

    /**
     * The edition's stale and unmarked translations, worded as {@code check} and {@code hoshin translations} word
     * them (missing ones are expected while an edition is being translated, and only check lists them).
     */
    private List<ContentError> staleWarnings(Edition edition) throws IOException {
        List<ContentError> warnings = new ArrayList<>();
        Path editionDir = ContentLayout.editionDir(config.contentDir(), edition.wardId(), edition.fiscalYear());
        for (TranslationStatus.Item item : new TranslationStatus().scanEdition(editionDir)) {
            if (item.kind() != TranslationStatus.Item.Kind.MISSING) {
                warnings.add(item.asError(config.projectRoot()));
            }
        }
        return warnings;
    }
}
