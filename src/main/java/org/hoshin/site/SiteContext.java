package org.hoshin.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Ward;
import org.hoshin.render.MarkdownRenderer;
import org.hoshin.render.TemplateRenderer;
import org.hoshin.render.WardView;
import org.hoshin.render.WardViews;
import org.hoshin.search.JapaneseAnalysis;
import org.hoshin.search.UserDictionaries;
import org.hoshin.themes.ThemeAssignments;
import org.hoshin.themes.ThemeLoader;

/**
 * What every page generator of one build shares: the content, the templates and UI messages, the output tree,
 * and the list of pages for the sitemap. Rendering a page through {@link #page} gives it the context every
 * template expects (language, relative root, canonical path), so generators only add their own data.
 */
final class SiteContext {

    private final SiteConfig config;
    private final SiteContent content;
    private final TemplateRenderer templates;
    private final Map<String, Map<String, String>> messages;
    private final OutputTree tree = new OutputTree();
    private final List<String> pages = new ArrayList<>();
    private final WardViews views = new WardViews(new MarkdownRenderer());
    private final Map<String, List<WardView>> latestViews = new HashMap<>();
    private ThemeAssignments themes;
    private JapaneseAnalysis japaneseAnalysis;

    SiteContext(SiteConfig config, SiteContent content, TemplateRenderer templates,
                Map<String, Map<String, String>> messages) {
        this.config = config;
        this.content = content;
        this.templates = templates;
        this.messages = messages;
    }

    SiteConfig config() {
        return config;
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

    /** Every initiative with its themes; read and matched once per build, on first use. */
    ThemeAssignments themes() throws ContentException {
        if (themes == null) {
            themes = ThemeLoader.load(content, config.contentDir(), new ContentLoader(config.projectRoot())::display,
                    japaneseAnalysis());
        }
        return themes;
    }

    /**
     * The Japanese analysis with the content's user dictionary, made on first use and shared by the search index
     * and the themes, so the dictionary is read and parsed once per build and both segment words alike.
     */
    synchronized JapaneseAnalysis japaneseAnalysis() throws ContentException {
        if (japaneseAnalysis == null) {
            Path dictionary = config.contentDir().resolve(UserDictionaries.FILE);
            japaneseAnalysis = new JapaneseAnalysis(UserDictionaries.load(config.contentDir(),
                    new ContentLoader(config.projectRoot()).display(dictionary)));
        }
        return japaneseAnalysis;
    }

    /** UI messages of {@code lang}. */
    Map<String, String> messages(String lang) {
        return messages.get(lang);
    }

    /** Pages with a version in every language, as paths below the language folder ("wards/izumi/"). */
    List<String> pages() {
        return pages;
    }

    /**
     * The page of each ward's latest edition in {@code lang} as the ward's own address shows it, in ward order;
     * rendered once per build.
     */
    List<WardView> latestViews(String lang) {
        return latestViews.computeIfAbsent(lang, l -> content.wards().stream()
                .map(w -> views.view(w, w.latest(), l, EditionPages.wardAddressLinks(l, w))).toList());
    }

    /** The ward a view shows. */
    Ward ward(String id) {
        return content.wards().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * Renders {@code template} as the page {@code <lang>/<pagePath>index.html} and lists it for the sitemap (once,
     * for its Japanese version; the sitemap names the other languages as alternates).
     */
    void page(String lang, String pagePath, String template, Map<String, Object> data) throws ContentException {
        String file = lang + "/" + pagePath + "index.html";
        Map<String, Object> context = common(lang, pagePath, file);
        context.putAll(data);
        tree.put(file, templates.render(template, context));
        if (lang.equals(SiteBuilder.LANGUAGES.get(0))) {
            pages.add(pagePath);
        }
    }

    /**
     * Renders a page that shows the same thing as {@code canonicalPagePath} (the latest edition's own address shows
     * what the ward's address shows): it names that page as canonical, and the sitemap lists only that one.
     */
    void duplicatePage(String lang, String pagePath, String canonicalPagePath, String template,
                       Map<String, Object> data) throws ContentException {
        String file = lang + "/" + pagePath + "index.html";
        Map<String, Object> context = common(lang, pagePath, file);
        context.put("canonical", lang + "/" + canonicalPagePath);
        context.put("canonicalPagePath", canonicalPagePath);
        context.putAll(data);
        tree.put(file, templates.render(template, context));
    }

    /** Renders a page outside the language folders (the root page, 404), in Japanese with English beside it. */
    void bilingualFile(String file, String template, Map<String, Object> data) throws ContentException {
        Map<String, Object> context = common("ja", "", file);
        context.put("tEn", messages.get("en"));
        context.putAll(data);
        tree.put(file, templates.render(template, context));
    }

    private Map<String, Object> common(String lang, String pagePath, String file) {
        Map<String, Object> context = new HashMap<>();
        context.put("lang", lang);
        context.put("other", lang.equals("ja") ? "en" : "ja");
        context.put("t", messages.get(lang));
        context.put("root", relativeRoot(file));
        context.put("pagePath", pagePath);
        String path = file.endsWith("index.html") ? file.substring(0, file.length() - 10) : file;
        context.put("path", path);
        context.put("canonical", path);
        context.put("canonicalPagePath", pagePath);
        context.put("siteUrl", config.siteUrl());
        return context;
    }

    /** "../" once per folder level, so links work at a domain root and under any sub-path. */
    static String relativeRoot(String path) {
        long depth = path.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }
}
