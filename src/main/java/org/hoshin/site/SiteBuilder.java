package org.hoshin.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Glossary;
import org.hoshin.content.GlossaryCheck;
import org.hoshin.content.Location;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Translation;
import org.hoshin.content.Ward;
import org.hoshin.render.MarkdownRenderer;
import org.hoshin.render.Messages;
import org.hoshin.render.TemplateRenderer;
import org.hoshin.render.WardView;
import org.hoshin.render.WardViews;
import org.hoshin.search.EnglishAnalysis;
import org.hoshin.search.JapaneseAnalysis;
import org.hoshin.search.SearchDocument;
import org.hoshin.search.SearchDocuments;
import org.hoshin.search.SearchIndexWriter;
import org.hoshin.search.Synonyms;
import org.hoshin.search.Term;
import org.hoshin.search.UserDictionaries;

/**
 * Builds the whole bilingual site from content and templates: renders every page of both languages in memory,
 * then swaps the result into the site folder. Output depends only on the input files, so two builds are
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
    private JapaneseAnalysis japaneseAnalysis;

    public SiteBuilder(SiteConfig config) {
        this.config = config;
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
        ContentLoader loader = new ContentLoader(config.projectRoot());
        SiteContent content = loader.load(config.contentDir());
        Glossary glossary = Glossary.load(config.contentDir(), loader::display);
        for (Ward ward : content.wards()) {
            warnings.addAll(new GlossaryCheck(glossary).check(ward));
            warnings.addAll(staleWarnings(ward));
        }
        TemplateRenderer templates = new TemplateRenderer(config.templatesDir());
        Map<String, Map<String, String>> messages = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            messages.put(lang, Messages.load(config.templatesDir(), lang));
        }
        WardViews views = new WardViews(new MarkdownRenderer());
        OutputTree tree = new OutputTree();
        List<String> pages = new ArrayList<>();

        Map<String, Object> root = new HashMap<>(common(messages, "ja", "", "index.html"));
        root.put("tEn", messages.get("en"));
        tree.put("index.html", templates.render("pages/root", root));
        for (String lang : LANGUAGES) {
            List<WardView> wards = content.wards().stream().map(w -> views.view(w, lang)).toList();
            page(tree, templates, messages, lang, "", "pages/wards", Map.of("wards", wards), pages);
            for (WardView ward : wards) {
                page(tree, templates, messages, lang, "wards/" + ward.id() + "/", "pages/ward", Map.of("ward", ward),
                        pages);
            }
            page(tree, templates, messages, lang, "about/", "pages/about", Map.of("wards", wards), pages);
            page(tree, templates, messages, lang, "search/", "pages/search", Map.of("wards", wards), pages);
            writeSearchIndex(tree, content, lang, messages.get(lang), wards);
        }
        Map<String, Object> notFound = new HashMap<>(common(messages, "ja", "", "404.html"));
        notFound.put("root", config.basePath());
        notFound.put("tEn", messages.get("en"));
        tree.put("404.html", templates.render("pages/not-found", notFound));
        tree.put("sitemap.xml", Sitemap.xml(config.siteUrl(), pages, LANGUAGES));
        tree.put("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + config.siteUrl() + "sitemap.xml\n");
        copyAssets(tree);
        return tree;
    }

    private void page(OutputTree tree, TemplateRenderer templates, Map<String, Map<String, String>> messages,
                      String lang, String pagePath, String template, Map<String, Object> data, List<String> pages)
            throws ContentException {
        String file = lang + "/" + pagePath + "index.html";
        Map<String, Object> context = new HashMap<>(common(messages, lang, pagePath, file));
        context.putAll(data);
        tree.put(file, templates.render(template, context));
        if (lang.equals(LANGUAGES.get(0))) {
            pages.add(pagePath);
        }
    }

    private Map<String, Object> common(Map<String, Map<String, String>> messages, String lang, String pagePath,
                                       String file) {
        Map<String, Object> context = new HashMap<>();
        context.put("lang", lang);
        context.put("other", lang.equals("ja") ? "en" : "ja");
        context.put("t", messages.get(lang));
        context.put("root", relativeRoot(file));
        context.put("pagePath", pagePath);
        context.put("path", file.endsWith("index.html") ? file.substring(0, file.length() - 10) : file);
        context.put("siteUrl", config.siteUrl());
        return context;
    }

    private void writeSearchIndex(OutputTree tree, SiteContent content, String lang, Map<String, String> messages,
                                  List<WardView> wards) throws ContentException {
        List<SearchDocument> docs = new SearchDocuments().of(content.wards(), lang, messages);
        Function<String, List<Term>> analyzer;
        if (lang.equals("ja")) {
            if (japaneseAnalysis == null) {
                japaneseAnalysis = new JapaneseAnalysis(UserDictionaries.load(config.contentDir(),
                        config.projectRoot().relativize(config.contentDir().toAbsolutePath()
                                .resolve(UserDictionaries.FILE))));
            }
            analyzer = japaneseAnalysis::analyze;
        } else {
            analyzer = new EnglishAnalysis()::analyze;
        }
        Map<String, String> names = new LinkedHashMap<>();
        wards.forEach(w -> names.put(w.id(), w.name()));
        List<List<String>> synonyms = lang.equals("en") ? Synonyms.load(config.contentDir(), config.projectRoot()
                .relativize(config.contentDir().toAbsolutePath().resolve(Synonyms.FILE))) : List.of();
        Map<String, String> files = new SearchIndexWriter().write(lang, docs, List.copyOf(names.keySet()), names,
                analyzer, synonyms);
        files.forEach((name, text) -> tree.put("search/" + lang + "/" + name, text));
    }

    private List<ContentError> staleWarnings(Ward ward) {
        List<ContentError> warnings = new ArrayList<>();
        ward.english().pillars().forEach(p -> {
            stale(p.translation(), p.origin(), warnings);
            p.initiatives().forEach(i -> stale(i.translation(), i.origin(), warnings));
        });
        ward.english().management().forEach(s -> stale(s.translation(), s.origin(), warnings));
        ward.english().columns().forEach(s -> stale(s.translation(), s.origin(), warnings));
        ward.english().tables().forEach(t -> stale(t.translation(), t.origin(), warnings));
        stale(ward.english().translation(), ward.english().goalText().origin().atLine(1), warnings);
        return warnings;
    }

    private static void stale(Translation state, Location where, List<ContentError> warnings) {
        if (state == Translation.STALE) {
            warnings.add(new ContentError(where.atLine(1), STALE_WARNING + ": its Japanese source changed",
                    "update the English and its source-sha256 (see 'hoshin translations')"));
        }
    }

    /** "../" once per folder level, so links work at a domain root and under any sub-path. */
    static String relativeRoot(String path) {
        long depth = path.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }

    private void copyAssets(OutputTree tree) throws ContentException, IOException {
        Path assets = config.templatesDir().resolve("assets");
        if (!Files.isDirectory(assets)) {
            throw new ContentException(new ContentError(Location.of(assets), "assets folder missing",
                    "templates/assets/ holds the stylesheet"));
        }
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                tree.put("assets/" + assets.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
    }
}
