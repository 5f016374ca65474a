package org.hoshin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;
import org.hoshin.content.Lang;
import org.junit.jupiter.api.Test;

/**
 * Builds the Japanese index of the scaled corpus (18 wards × 10 fiscal years), reports its sizes, and
 * writes it to {@code target/scaled-search/ja/} for the browser measurement (browser-tests/search-scale.test.mjs).
 * Its speed is measured by {@code bin/hoshin bench}, never here.
 */
class ScaledIndexTest {

    @Test
    void theIndexOf18WardsTimes10YearsKeepsEveryFileSmall() throws Exception {
        List<SearchDocument> docs = ScaledCorpus.of(RealContent.documents("ja"), "ja", 10, 2022);
        Map<String, String> names = ScaledCorpus.wardNames("ja");
        JapaneseAnalysis japanese = RealContent.japanese();
        japanese.analyze("区運営方針"); // Kuromoji's dictionaries, loaded once per process, are not the index's work
        Map<String, String> files = buildOnAllCores(docs, names, japanese);
        assertEquals(180, docs.stream().map(d -> d.ward() + d.year()).distinct().count());
        Path out = Path.of("target", "scaled-search", "ja");
        long total = 0;
        int largestGzip = 0;
        String largest = "";
        for (var file : files.entrySet()) {
            Path path = out.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
            total += file.getValue().getBytes(StandardCharsets.UTF_8).length;
            int gzip = gzip(file.getValue());
            if (gzip > largestGzip && !file.getKey().startsWith("p/")) {
                largestGzip = gzip;
                largest = file.getKey();
            }
        }
        int root = gzip(files.get("root.json"));
        System.out.printf("# scaled index: %d documents, %d files, %d KB, root %d B gzip, largest vocabulary or "
                        + "document file %s %d B gzip (its build time is bin/hoshin bench's to measure)%n",
                docs.size(), files.size(), total / 1024, root, largest, largestGzip);
        writePages(docs, names, Path.of("target", "scaled-html"));
        assertTrue(root < 10 * 1024, "root " + root);
        assertTrue(largestGzip < 8 * 1024, largest + " " + largestGzip);
    }

    /** The index built as the site build makes it: analysed on every core. */
    private static Map<String, String> buildOnAllCores(List<SearchDocument> docs, Map<String, String> names,
                                                       JapaneseAnalysis japanese) {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            return SearchIndexWriterTest.texts(new SearchIndexWriter(pool).write(Lang.JA, docs,
                    List.copyOf(names.keySet()), names, japanese::analyze, List.of()));
        } finally {
            pool.shutdown();
        }
    }

    /** The same corpus as plain pages, one per ward edition with an anchored section per item, for Pagefind. */
    private static void writePages(List<SearchDocument> docs, Map<String, String> names, Path out) throws Exception {
        Map<String, StringBuilder> pages = new java.util.LinkedHashMap<>();
        for (SearchDocument d : docs) {
            String anchor = d.url().substring(d.url().indexOf('#') + 1);
            pages.computeIfAbsent(d.url().substring(0, d.url().indexOf('#')), u -> new StringBuilder(
                    "<!doctype html><html lang=\"ja\"><meta charset=\"utf-8\"><title>" + names.get(d.ward()) + " "
                            + d.year() + "</title><body><main data-pagefind-body><h1>" + names.get(d.ward()) + " "
                            + d.year() + "</h1>"))
                    .append("<section><h2 id=\"").append(anchor).append("\">").append(escape(d.title()))
                    .append("</h2><p>").append(escape(d.program())).append("</p><p>").append(escape(d.text()))
                    .append("</p></section>");
        }
        for (var page : pages.entrySet()) {
            Path file = out.resolve(page.getKey()).resolve("index.html");
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.getValue() + "</main></body></html>");
        }
        Files.writeString(out.resolve("404.html"), "<!doctype html><title>not found</title>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static int gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.size();
    }
}
