package org.hoshin.pages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.hoshin.content.ContentException;
import org.hoshin.content.Lang;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Ward;
import org.hoshin.render.InlineJapanese;
import org.hoshin.render.MarkdownRenderer;
import org.hoshin.render.WardView;
import org.hoshin.render.WardViews;
import org.hoshin.routes.Routes;
import org.hoshin.search.EnglishAnalysis;
import org.hoshin.search.JapaneseAnalysis;
import org.hoshin.stages.Derived;
import org.hoshin.stages.Inputs;
import org.hoshin.stages.OutputTree;
import org.hoshin.stages.Project;
import org.hoshin.stages.Runner;
import org.hoshin.stages.SiteConfig;
import org.hoshin.themes.ThemeAssignments;

/**
 * What every page generator of one build shares: the loaded {@link Project}, what was {@link Derived} from it,
 * the {@link Runner} that runs and reuses work, the output tree, and the list of pages for the sitemap. Rendering a
 * page through {@link #page} gives it the context every template expects (language, relative root, canonical path,
 * {@link Routes}), so generators only add their own data.
 */
public final class SiteContext {

    /** The view of a ward's latest edition at the ward's own address, as the preview keeps it. */
    private record AddressView(Lang lang, String wardId) {
    }

    private final Project project;
    private final Derived derived;
    private final Runner runner;
    private final OutputTree tree;
    private final List<String> pages = new ArrayList<>();
    private final WardViews views = new WardViews(new MarkdownRenderer());
    private final Map<Lang, List<WardView>> latestViews = new ConcurrentHashMap<>();
    /** Every page's footer: publisher, report link, date of its content ({@code null} in tests that render none). */
    private final PageFooter footer;

    public SiteContext(Project project, Derived derived, Runner runner, OutputTree tree, PageFooter footer) {
        this.project = project;
        this.derived = derived;
        this.runner = runner;
        this.tree = tree;
        this.footer = footer;
    }

    /** Output files (path to text) that {@code work} makes, on the build's threads; they join the tree as made. */
    void later(Callable<Map<String, String>> work) throws ContentException {
        runner.output(tree, work);
    }

    /** As {@link #later}, for files made as UTF-8 already (they are not encoded again). */
    void laterEncoded(Callable<Map<String, byte[]>> work) throws ContentException {
        runner.outputEncoded(tree, work);
    }

    SiteConfig config() {
        return project.config();
    }

    Project project() {
        return project;
    }

    Runner runner() {
        return runner;
    }

    SiteContent content() {
        return project.content();
    }

    OutputTree tree() {
        return tree;
    }

    WardViews views() {
        return views;
    }

    /** Every initiative with its themes (matched once per build, see {@link Derived#themes}). */
    ThemeAssignments themes() throws ContentException {
        return derived.themeAssignments();
    }

    JapaneseAnalysis japaneseAnalysis() {
        return derived.japanese();
    }

    EnglishAnalysis englishAnalysis() {
        return derived.english();
    }

    /** UI messages of {@code lang}. */
    Map<String, String> messages(Lang lang) {
        return project.messages().get(lang);
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
        List<WardView> made = runner.map(content().wards(), w -> addressView(w, lang));
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
     * The view of the ward's latest edition at the ward's address; made from that edition and what it shows of its
     * ward alone, so the preview keeps it while they are unchanged (the language pages list every ward's view, on
     * every save).
     */
    private WardView addressView(Ward ward, Lang lang) {
        try {
            return runner.reuse(new AddressView(lang, ward.id()), Inputs.of(ward.latest(), WardOutline.of(ward)),
                    () -> views.view(ward, ward.latest(), lang, PageLinks.atWardAddress(lang, ward)));
        } catch (ContentException e) {
            throw new IllegalStateException("a ward view is made from content already read", e);
        }
    }

    /**
     * Renders {@code template} as the page {@code <lang>/<pagePath>index.html} and lists it for the sitemap (once,
     * for its Japanese version; the sitemap names the other languages as alternates).
     */
    void page(Lang lang, String pagePath, String template, Map<String, Object> data) throws ContentException {
        page(lang, pagePath, template, () -> data);
    }

    /**
     * As {@link #page(Lang, String, String, Map)}, preparing the page's data on the build's threads too. The data is
     * gathered on every build, and the preview renders the page again only when it differs (compared with
     * {@code equals}) from the data the page was last rendered from, or the templates or the footer changed: the
     * lists of wards and of themes are quick to gather from the whole content and slow to render.
     */
    void page(Lang lang, String pagePath, String template, Callable<Map<String, Object>> data)
            throws ContentException {
        wardPage(lang, pagePath, template, null, data);
    }

    /**
     * A page listed in the sitemap and made from {@code inputs} alone besides the templates, UI messages and
     * footer: the preview reuses it while they are unchanged ({@code null}: while its data is the same, see
     * {@link #page(Lang, String, String, Callable)}).
     */
    void wardPage(Lang lang, String pagePath, String template, Inputs inputs, Callable<Map<String, Object>> data)
            throws ContentException {
        render(lang, pagePath, pagePath, template, inputs, data);
        if (lang == Lang.ALL.get(0)) {
            pages.add(pagePath);
        }
    }

    /**
     * Renders a page that shows the same thing as {@code canonicalPagePath} (the latest edition's own address shows
     * what the ward's address shows): it names that page as canonical, and the sitemap lists only that one.
     */
    void duplicatePage(Lang lang, String pagePath, String canonicalPagePath, String template, Inputs inputs,
                       Callable<Map<String, Object>> data) throws ContentException {
        render(lang, pagePath, canonicalPagePath, template, inputs, data);
    }

    private void render(Lang lang, String pagePath, String canonicalPagePath, String template, Inputs inputs,
                        Callable<Map<String, Object>> data) throws ContentException {
        String file = Routes.pageFile(lang, pagePath);
        Map<String, Object> context = common(lang, pagePath, file);
        if (!canonicalPagePath.equals(pagePath)) {
            context.put("canonical", Routes.page(lang, canonicalPagePath));
            context.put("canonicalPagePath", canonicalPagePath);
        }
        // kept as UTF-8, as it is written: half the memory of its text, and most of a preview's heap at ×50
        runner.outputEncoded(tree, () -> {
            Map<String, Object> gathered = inputs == null ? Runner.call(data) : null;
            Inputs all = (inputs == null ? new Inputs(null, gathered) : inputs)
                    .and(project.templates(), context.get("footer"));
            return Map.of(file, runner.reuse(file, all,
                    () -> html(lang, template, context, gathered == null ? Runner.call(data) : gathered)));
        });
    }

    private byte[] html(Lang lang, String template, Map<String, Object> context, Map<String, Object> data)
            throws ContentException {
        context.putAll(data);
        String page = project.templates().render(template, context);
        return (lang == Lang.EN ? InlineJapanese.mark(page) : page).getBytes(StandardCharsets.UTF_8);
    }

    /** Renders a page outside the language folders (the root page, 404), in Japanese with English beside it. */
    void bilingualFile(String file, String template, Map<String, Object> data) throws ContentException {
        Map<String, Object> context = common(Lang.JA, "", file);
        context.put("tEn", messages(Lang.EN));
        context.putAll(data);
        later(() -> Map.of(file, project.templates().render(template, context)));
    }

    private Map<String, Object> common(Lang lang, String pagePath, String file) {
        Map<String, Object> context = new HashMap<>();
        context.put("lang", lang.code());
        context.put("other", lang.other().code());
        context.put("routes", Routes.in(lang));
        context.put("t", messages(lang));
        context.put("root", Routes.toRoot(file));
        context.put("pagePath", pagePath);
        String path = Routes.addressOf(file);
        context.put("path", path);
        context.put("canonical", path);
        context.put("canonicalPagePath", pagePath);
        context.put("siteUrl", config().siteUrl());
        if (footer != null) {
            context.put("footer", footer.of(lang, file.startsWith(Routes.page(lang, "")) ? pagePath : ""));
        }
        return context;
    }
}
