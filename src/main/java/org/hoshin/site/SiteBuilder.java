package org.hoshin.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Location;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Ward;
import org.hoshin.render.MarkdownRenderer;
import org.hoshin.render.Messages;
import org.hoshin.render.TemplateRenderer;
import org.hoshin.render.WardView;
import org.hoshin.render.WardViews;

/**
 * Builds the whole site from content and templates: renders every page in memory, then swaps the result into
 * the site folder. Output depends only on the input files, so two builds are byte-identical.
 */
public final class SiteBuilder {

    private static final String LANG = "ja";

    private final SiteConfig config;

    public SiteBuilder(SiteConfig config) {
        this.config = config;
    }

    /** Builds and publishes into the output folder; returns the number of files written. */
    public int build() throws ContentException, IOException {
        OutputTree tree = render();
        new SiteWriter().replace(config.outputDir(), tree);
        return tree.files().size();
    }

    /** Renders the site without writing it. */
    public OutputTree render() throws ContentException, IOException {
        SiteContent content = new ContentLoader(config.projectRoot()).load(config.contentDir());
        TemplateRenderer templates = new TemplateRenderer(config.templatesDir());
        Map<String, String> messages = Messages.load(config.templatesDir(), LANG);
        WardViews views = new WardViews(new MarkdownRenderer());
        OutputTree tree = new OutputTree();
        List<String> sitemapPages = new ArrayList<>();

        List<WardView> wards = content.wards().stream().map(views::japanese).toList();
        page(tree, templates, messages, "index.html", "pages/root", Map.of("wards", wards), sitemapPages);
        page(tree, templates, messages, LANG + "/index.html", "pages/wards", Map.of("wards", wards), sitemapPages);
        for (Ward ward : content.wards()) {
            WardView view = wards.stream().filter(w -> w.id().equals(ward.id())).findFirst().orElseThrow();
            page(tree, templates, messages, LANG + "/wards/" + ward.id() + "/index.html", "pages/ward",
                    Map.of("ward", view), sitemapPages);
        }
        page(tree, templates, messages, LANG + "/about/index.html", "pages/about", Map.of("wards", wards),
                sitemapPages);
        Map<String, Object> notFound = new HashMap<>(common(messages, "404.html"));
        notFound.put("root", config.basePath());
        tree.put("404.html", templates.render("pages/not-found", notFound));
        tree.put("sitemap.xml", Sitemap.xml(config.siteUrl(), sitemapPages));
        tree.put("robots.txt", "User-agent: *\nAllow: /\nSitemap: " + config.siteUrl() + "sitemap.xml\n");
        copyAssets(tree);
        return tree;
    }

    private void page(OutputTree tree, TemplateRenderer templates, Map<String, String> messages, String path,
                      String template, Map<String, Object> data, List<String> sitemapPages) throws ContentException {
        Map<String, Object> context = new HashMap<>(common(messages, path));
        context.putAll(data);
        tree.put(path, templates.render(template, context));
        sitemapPages.add(path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length())
                : path);
    }

    private Map<String, Object> common(Map<String, String> messages, String path) {
        Map<String, Object> context = new HashMap<>();
        context.put("lang", LANG);
        context.put("t", messages);
        context.put("root", relativeRoot(path));
        context.put("path", path.endsWith("index.html") ? path.substring(0, path.length() - 10) : path);
        context.put("siteUrl", config.siteUrl());
        return context;
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
