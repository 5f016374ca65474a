package org.hoshin.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Lang;
import org.hoshin.content.Parallel;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Ward;
import org.hoshin.render.InlineJapanese;
import org.hoshin.render.MarkdownRenderer;
import org.hoshin.render.TemplateRenderer;
import org.hoshin.render.WardView;
import org.hoshin.render.WardViews;
import org.hoshin.routes.Routes;
import org.hoshin.search.EnglishAnalysis;
import org.hoshin.search.JapaneseAnalysis;
import org.hoshin.search.UserDictionaries;
import org.hoshin.themes.ThemeAssignments;
import org.hoshin.themes.ThemeLoader;

/**
 * What every page generator of one build shares: the content, the templates and UI messages, the output tree,
 * and the list of pages for the sitemap. Rendering a page through {@link #page} gives it the context every
 * template expects (language, relative root, canonical path), so generators only add their own data.
 *
 * <p>Work handed to {@link #later} (every page, each search index) runs on the build's threads when it has any, and
 * puts its files into the tree as soon as it made them, so that a page is written (or kept) and forgotten at once
 * rather than held until every page before it is done. The tree is a sorted map whatever order files arrive in, and
 * the first failure in the order the work was handed over is the one reported, so a parallel build is
 * byte-identical to a sequential one and fails with the same message. What a generator reads from the tree (the
 * open data page lists the data files) was put on the generators' thread before it, so it is complete and does not
 * depend on timing.
 *
 * <p>What the work on the build's threads shares, and why that is safe: the content model is immutable once read,
 * except each Markdown text's parsed tree, rendered under the tree's lock ({@link MarkdownRenderer});
 * {@link WardViews} and the other view builders keep no state between calls; the theme assignments are made once
 * ({@link #themes}, synchronised) and are an immutable record; Pebble's engine is thread-safe and compiles each
 * template once into its concurrent cache; each search index has its own analysers, Kuromoji's tokenizers being
 * made per text; the preview's page cache is a concurrent map, and each page is written to it by one task only.
 */
final class SiteContext {

    private final SiteConfig config;
    private final SiteContent content;
    private final TemplateRenderer templates;
    private final Map<Lang, Map<String, String>> messages;
    private final OutputTree tree;
    private final List<String> pages = new ArrayList<>();
    private final WardViews views = new WardViews(new MarkdownRenderer());
    private final Map<Lang, List<WardView>> latestViews = new java.util.concurrent.ConcurrentHashMap<>();
    /** Where {@link #later} runs work; {@code null} to run it at once, on the calling thread. */
    private final ExecutorService pool;
    /** Work handed to {@link #later}, in order, for its failures. */
    private final List<Future<?>> pending = new ArrayList<>();
    /** What the preview keeps between builds; {@code null} outside a preview. */
    private final BuildSession session;
    /** Every page's footer: publisher, report link, date of its content ({@code null} in tests that render none). */
    private final PageFooter footer;
    private Parallel.Later<ThemeAssignments> themesLater;
    private JapaneseAnalysis japaneseAnalysis;

    SiteContext(SiteConfig config, SiteContent content, TemplateRenderer templates,
                Map<Lang, Map<String, String>> messages, ExecutorService pool,
                BuildSession session, OutputTree tree, PageFooter footer) {
        this.session = session;
        this.footer = footer;
        this.tree = tree;
        this.config = config;
        this.content = content;
        this.templates = templates;
        this.messages = messages;
        this.pool = pool;
    }

    /** Output files (path to text) that {@code work} makes; they join the tree in the order of the calls. */
    void later(Callable<Map<String, String>> work) throws ContentException {
        laterEncoded(() -> encoded(work.call()));
    }

    /** As {@link #later}, for work that makes its files as UTF-8 already. */
    private void laterEncoded(Callable<Map<String, byte[]>> work) throws ContentException {
        if (pool == null) {
            putAll(call(work));
        } else {
            pending.add(pool.submit(() -> {
                putAll(call(work));
                return null;
            }));
        }
    }

    /**
     * Waits for all work handed to {@link #later}; throws the first failure in the order handed over (the builder
     * then cancels the rest, see {@link #cancelWaiting}).
     */
    void finish() throws ContentException {
        try {
            for (Future<?> work : pending) {
                work.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ContentException content) {
                throw content;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
    }

    /**
     * Cancels the work handed to {@link #later} that has not started (after a failure: it would only write files
     * into a site about to be removed); work already running finishes, and the build waits for it.
     */
    void cancelWaiting() {
        pending.forEach(f -> f.cancel(false));
        pending.clear();
    }

    /** Runs work that may fail on an editor's file, as that failure; anything else checked is a hoshin error. */
    private static <T> T call(Callable<T> work) throws ContentException {
        try {
            return work.call();
        } catch (ContentException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> encoded(Map<String, String> files) {
        Map<String, byte[]> bytes = new java.util.LinkedHashMap<>();
        files.forEach((path, text) -> bytes.put(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return bytes;
    }

    private void putAll(Map<String, byte[]> files) {
        files.forEach(tree::put);
    }

    SiteConfig config() {
        return config;
    }

    /** The build's threads, for work that splits itself ({@code null} in a build on one thread). */
    ExecutorService pool() {
        return pool;
    }

    SiteContent content() {
        return content;
    }

    OutputTree tree() {
        return tree;
    }

    WardViews views() {
        return views;
    }

    /**
     * Starts matching initiatives to themes on the build's threads, so that the pages that need the themes find them
     * ready; without a pool, they are matched on first use.
     */
    void startThemes() {
        themesLater = Parallel.start(pool, () -> ThemeLoader.load(content, config.contentDir(),
                new ContentLoader(config.projectRoot())::display, japaneseAnalysis()));
    }

    /**
     * Every initiative with its themes; read and matched once per build (see {@link #startThemes}), on whichever
     * thread first needs them, the others waiting; the result is an immutable record, which the build's threads
     * then share. A mistake in themes.yaml is thrown here, to the first generator that needs the themes, as in a
     * build without threads.
     */
    ThemeAssignments themes() throws ContentException {
        synchronized (this) {
            if (themesLater == null) {
                startThemes();
            }
        }
        return themesLater.get();
    }

    /**
     * The Japanese analysis with the content's user dictionary, made on first use and shared by the search index
     * and the themes, so the dictionary is read and parsed once per build and both segment words alike. The
     * preview keeps one between saves, remembering every text (see {@link BuildSession#japaneseAnalysis}).
     */
    synchronized JapaneseAnalysis japaneseAnalysis() throws ContentException {
        if (japaneseAnalysis == null) {
            Path dictionary = config.contentDir().resolve(UserDictionaries.FILE);
            Path shown = new ContentLoader(config.projectRoot()).display(dictionary);
            japaneseAnalysis = session == null
                    ? new JapaneseAnalysis(UserDictionaries.load(config.contentDir(), shown))
                    : session.japaneseAnalysis(config.contentDir(), () -> JapaneseAnalysis.remembering(
                            UserDictionaries.load(config.contentDir(), shown)));
        }
        return japaneseAnalysis;
    }

    /**
     * What {@code maker} makes from {@code ward} and {@code inputs} (what it reads from outside the ward); a preview
     * keeps it under {@code key} and makes it again only when the ward's files or the inputs changed. Safe on the
     * build's threads, each key being made by one task.
     */
    <T> T fromWard(String key, Ward ward, Object inputs, BuildSession.Maker<T> maker) throws ContentException {
        return BuildSession.kept(session, key, ward, inputs, maker);
    }

    /** The English analysis of the search index: the preview's, which remembers every text, or a new one. */
    EnglishAnalysis englishAnalysis() {
        return session == null ? new EnglishAnalysis() : session.englishAnalysis();
    }

    /** UI messages of {@code lang}. */
    Map<String, String> messages(Lang lang) {
        return messages.get(lang);
    }

    /** Pages with a version in every language, as paths below the language folder ("wards/izumi/"). */
    List<String> pages() {
        return pages;
    }

    /**
     * The page of each ward's latest edition in {@code lang} as the ward's own address shows it, in ward order;
     * prepared once per build, on the build's threads. Call it from the thread that runs the generators only.
     */
    List<WardView> latestViews(Lang lang) {
        List<WardView> known = latestViews.get(lang);
        if (known != null) {
            return known;
        }
        List<WardView> made = Parallel.map(pool, content.wards(), w -> addressView(w, lang));
        latestViews.put(lang, made);
        return made;
    }

    /**
     * The page of {@code ward}'s latest edition at the ward's address, as {@link #latestViews} prepared it; safe on
     * the build's threads (it prepares the view itself if the list was not made yet, with the same result).
     */
    WardView latestView(Ward ward, Lang lang) {
        List<WardView> known = latestViews.get(lang);
        return known == null ? addressView(ward, lang)
                : known.stream().filter(v -> v.id().equals(ward.id())).findFirst()
                .orElseGet(() -> addressView(ward, lang));
    }

    /**
     * The view of the ward's latest edition at the ward's address; made from the ward alone, so the preview keeps it
     * while the ward is unchanged (the language pages list every ward's view, on every save).
     */
    private WardView addressView(Ward ward, Lang lang) {
        BuildSession.Maker<WardView> maker = () -> views.view(ward, ward.latest(), lang,
                EditionPages.wardAddressLinks(lang, ward));
        try {
            return fromWard("address-view:" + lang + ":" + ward.id(), ward, List.of(), maker);
        } catch (ContentException e) {
            throw new IllegalStateException("a ward view is made from content already read", e);
        }
    }

    /** The ward a view shows. */
    Ward ward(String id) {
        return content.wards().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Renders {@code template} as the page {@code <lang>/<pagePath>index.html} and lists it for the sitemap (once,
     * for its Japanese version; the sitemap names the other languages as alternates).
     */
    void page(Lang lang, String pagePath, String template, Map<String, Object> data) throws ContentException {
        page(lang, pagePath, template, () -> data);
    }

    /** As {@link #page(Lang, String, String, Map)}, preparing the page's data on the build's threads too. */
    void page(Lang lang, String pagePath, String template, Callable<Map<String, Object>> data)
            throws ContentException {
        wardPage(lang, pagePath, template, null, data);
    }

    /**
     * What a ward's page is made from besides the templates and UI messages: in a preview the page is kept, and
     * reused while the ward is the same object (none of its files changed, see WardCache) and {@code inputs}, the
     * page's data that comes from outside the ward (its theme links, which themes.yaml and the user dictionary
     * decide), are equal to the last build's.
     */
    record Source(Ward ward, Object inputs) {
    }

    /** A page listed in the sitemap and made from {@code source} alone (see {@link Source}). */
    void wardPage(Lang lang, String pagePath, String template, Source source, Callable<Map<String, Object>> data)
            throws ContentException {
        render(lang, pagePath, pagePath, template, source, data);
        if (lang == Lang.ALL.get(0)) {
            pages.add(pagePath);
        }
    }

    /**
     * Renders a page that shows the same thing as {@code canonicalPagePath} (the latest edition's own address shows
     * what the ward's address shows): it names that page as canonical, and the sitemap lists only that one.
     */
    void duplicatePage(Lang lang, String pagePath, String canonicalPagePath, String template, Source source,
                       Callable<Map<String, Object>> data) throws ContentException {
        render(lang, pagePath, canonicalPagePath, template, source, data);
    }

    private void render(Lang lang, String pagePath, String canonicalPagePath, String template, Source source,
                        Callable<Map<String, Object>> data) throws ContentException {
        String file = Routes.pageFile(lang, pagePath);
        Map<String, Object> context = common(lang, pagePath, file);
        if (!canonicalPagePath.equals(pagePath)) {
            context.put("canonical", Routes.page(lang, canonicalPagePath));
            context.put("canonicalPagePath", canonicalPagePath);
        }
        Object footerView = context.get("footer");
        BuildSession.Maker<byte[]> html = () -> {
            context.putAll(call(data));
            String page = templates.render(template, context);
            return (lang == Lang.EN ? InlineJapanese.mark(page) : page).getBytes(StandardCharsets.UTF_8);
        };
        // kept as UTF-8, as it is written: half the memory of its text, and most of a preview's heap at ×50
        laterEncoded(() -> Map.of(file, source == null ? html.make()
                : fromWard("page:" + file, source.ward(), List.of(source.inputs(), templates, footerView), html)));
    }

    /** Renders a page outside the language folders (the root page, 404), in Japanese with English beside it. */
    void bilingualFile(String file, String template, Map<String, Object> data) throws ContentException {
        Map<String, Object> context = common(Lang.JA, "", file);
        context.put("tEn", messages.get(Lang.EN));
        context.putAll(data);
        later(() -> Map.of(file, templates.render(template, context)));
    }

    private Map<String, Object> common(Lang lang, String pagePath, String file) {
        Map<String, Object> context = new HashMap<>();
        context.put("lang", lang.code());
        context.put("other", lang.other().code());
        context.put("routes", Routes.in(lang));
        context.put("t", messages.get(lang));
        context.put("root", Routes.toRoot(file));
        context.put("pagePath", pagePath);
        String path = file.endsWith("index.html") ? file.substring(0, file.length() - 10) : file;
        context.put("path", path);
        context.put("canonical", path);
        context.put("canonicalPagePath", pagePath);
        context.put("siteUrl", config.siteUrl());
        if (footer != null) {
            context.put("footer", footer.of(lang, file.startsWith(Routes.page(lang, "")) ? pagePath : ""));
        }
        return context;
    }

}
