package org.hoshin.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.hoshin.content.ContentException;
import org.hoshin.content.Lang;
import org.hoshin.routes.Routes;
import org.hoshin.site.SiteBuilder;
import org.hoshin.stages.BuildSession;
import org.hoshin.stages.OutputTree;
import org.hoshin.stages.SiteConfig;

/**
 * Measures the build the way the project reports speed: repeated in-process renders of the real site after a
 * warm-up (what an editor's `serve` rebuild costs), plus the sizes a reader downloads. Timing lives here, in a
 * benchmark, never in a test.
 */
public final class SiteBenchmark {

    /**
     * The measurements.
     *
     * @param millis         render time of each measured run, sorted
     * @param files          files in the site
     * @param largestPage    path of the largest HTML page
     * @param largestBytes   its size
     * @param largestGzip    its size gzip-compressed
     * @param searchMetaGzip gzip size of each language's search index root.json, by language
     */
    public record Result(List<Double> millis, int files, String largestPage, int largestBytes, int largestGzip,
                         Map<String, Integer> searchMetaGzip) {

        public double median() {
            return millis.get(millis.size() / 2);
        }
    }

    private final SiteConfig config;

    public SiteBenchmark(SiteConfig config) {
        this.config = config;
    }

    public Result run(int warmups, int runs) throws ContentException, IOException {
        OutputTree tree = null;
        for (int i = 0; i < warmups; i++) {
            tree = new SiteBuilder(config).render(new ArrayList<>());
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            tree = new SiteBuilder(config).render(new ArrayList<>());
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(millis);
        String largest = "";
        int largestBytes = 0;
        for (var file : tree.files().entrySet()) {
            if (file.getKey().endsWith(".html") && file.getValue().length > largestBytes) {
                largest = file.getKey();
                largestBytes = file.getValue().length;
            }
        }
        Map<String, Integer> meta = new java.util.TreeMap<>();
        for (Lang lang : Lang.ALL) {
            byte[] bytes = tree.files().get(Routes.searchIndex(lang) + "root.json");
            if (bytes != null) {
                meta.put(lang.code(), gzip(bytes));
            }
        }
        return new Result(List.copyOf(millis), tree.files().size(), largest, largestBytes,
                gzip(tree.files().get(largest)), meta);
    }

    /**
     * What the preview costs per save: builds (in memory, as the preview serves them) in one {@link BuildSession},
     * each after appending a sentence to one initiative file of the first ward, as an editor saving does; the file is
     * put back as it was afterwards (but not if the process is killed: call it on a copy of content you keep).
     * Returns the time of each rebuild, sorted.
     */
    public List<Double> rebuildsAfterSave(int runs) throws ContentException, IOException {
        BuildSession session = new BuildSession();
        SiteBuilder builder = new SiteBuilder(config, Runtime.getRuntime().availableProcessors(), session);
        builder.buildInMemory();
        java.nio.file.Path edited;
        try (var files = java.nio.file.Files.walk(config.contentDir().resolve("wards"))) {
            edited = files.filter(f -> f.toString().replace('\\', '/').matches(".*/ja/pillars/\\d+/\\d+\\.md"))
                    .sorted().findFirst().orElseThrow(() -> new IOException("no initiative file to edit"));
        }
        byte[] original = java.nio.file.Files.readAllBytes(edited);
        List<Double> millis = new ArrayList<>();
        try {
            for (int i = 0; i < runs; i++) {
                java.nio.file.Files.writeString(edited, "\n保存" + i + "回目の追記。\n",
                        java.nio.file.StandardOpenOption.APPEND);
                long start = System.nanoTime();
                builder.buildInMemory();
                millis.add((System.nanoTime() - start) / 1_000_000.0);
            }
        } finally {
            java.nio.file.Files.write(edited, original);
        }
        Collections.sort(millis);
        return List.copyOf(millis);
    }

    private static int gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
