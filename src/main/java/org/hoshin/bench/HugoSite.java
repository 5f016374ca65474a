package org.hoshin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hoshin.content.Lang;

/**
 * A minimal Hugo site holding the same text as a content folder, so the benchmark can pair hoshin with Hugo +
 * Pagefind on equal input: one Markdown page per ward edition and language, each item's title as a heading
 * followed by its body, in the order hoshin shows them, under layouts that mark the text for Pagefind.
 */
final class HugoSite {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n(.*?)\\n---\\n?(.*)\\z", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("(?m)^title: *(.*)$");
    private static final String PAGE = """
            <!DOCTYPE html><html lang="{{ .Params.lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title>\
            </head><body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
            """;

    private HugoSite() {
    }

    /** Writes the Hugo project for {@code editions} into {@code dir} (emptied first). */
    static void write(List<BenchCorpus.EditionDir> editions, Path dir) throws IOException {
        BenchCorpus.deleteTree(dir);
        write(dir.resolve("hugo.toml"), """
                baseURL = "http://localhost:8000/"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "404", "robotsTXT"]
                """);
        for (String layout : List.of("single", "list")) {
            write(dir.resolve("layouts/_default/" + layout + ".html"), PAGE);
        }
        write(dir.resolve("layouts/index.html"), PAGE);
        for (BenchCorpus.EditionDir edition : editions) {
            for (Lang language : Lang.ALL) {
                String lang = language.code();
                Path langDir = edition.dir().resolve(lang);
                if (Files.isDirectory(langDir)) {
                    write(dir.resolve("content/" + lang + "/" + edition.ward() + "/" + edition.year() + ".md"),
                            page(langDir, lang));
                }
            }
        }
    }

    private static String page(Path langDir, String lang) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(langDir)) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted((a, b) -> order(langDir, a, b)).toList();
        }
        StringBuilder body = new StringBuilder();
        String title = "";
        for (Path file : files) {
            Matcher m = FRONT_MATTER.matcher(Files.readString(file, StandardCharsets.UTF_8));
            String meta = m.matches() ? m.group(1) : "";
            Matcher t = TITLE.matcher(meta);
            String itemTitle = t.find() ? t.group(1).replace("\"", "") : "";
            if (file.equals(langDir.resolve("index.md"))) {
                title = itemTitle;
            } else if (!itemTitle.isEmpty()) {
                body.append("\n## ").append(itemTitle).append("\n\n");
            }
            body.append(m.matches() ? m.group(2) : "").append('\n');
        }
        return "---\ntitle: \"" + title.replace("\\", "").replace("\"", "") + "\"\nlang: " + lang + "\n---\n" + body;
    }

    /** index.md first, then the files in name order, as hoshin reads them. */
    private static int order(Path langDir, Path a, Path b) {
        Path index = langDir.resolve("index.md");
        if (a.equals(index) || b.equals(index)) {
            return a.equals(index) ? (b.equals(index) ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
