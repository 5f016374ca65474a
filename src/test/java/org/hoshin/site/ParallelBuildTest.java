package org.hoshin.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.hoshin.publish.OutputGuard;
import org.hoshin.stages.OutputTree;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.BuiltSite;
import org.hoshin.testing.TwoEditions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendering on several threads must not change a byte: pages, comparisons, theme pages, open data and search
 * indexes finish in any order, but the site they make is the one a single thread makes, every time. The content
 * has two editions of a ward, so both the older edition's own page and the changes page are built.
 */
class ParallelBuildTest {

    @TempDir
    static Path temp;

    @Test
    void parallelBuildsAreByteIdenticalToEachOtherAndToASequentialBuild() throws Exception {
        Path content = TwoEditions.create(temp.resolve("content"));
        SortedMap<String, byte[]> sequential = render(content, 1);
        for (String kind : List.of("search/ja/root.json", "search/en/root.json", "search/ja/v/", "search/en/d/",
                "ja/wards/izumi/index.html", "ja/wards/izumi/2022/index.html", "en/wards/izumi/2021/index.html",
                "ja/wards/izumi/2022/changes/index.html", "en/wards/izumi/2022/changes/index.html",
                "ja/themes/index.html", "en/themes/bosai/index.html", "data/izumi-2021.json",
                "data/initiatives.csv", "ja/data/index.html", "sitemap.xml", "404.html")) {
            assertTrue(sequential.keySet().stream().anyMatch(p -> p.startsWith(kind)), "built: " + kind);
        }
        SortedMap<String, byte[]> first = render(content, 4);
        SortedMap<String, byte[]> second = render(content, 3);
        for (SortedMap<String, byte[]> parallel : List.of(first, second)) {
            assertEquals(sequential.keySet(), parallel.keySet());
            sequential.forEach((path, bytes) -> assertArrayEquals(bytes, parallel.get(path), path));
        }
    }

    @Test
    void aBuildWrittenAsItIsMadeHoldsExactlyTheFilesOfOneKeptInMemory() throws Exception {
        Path content = TwoEditions.create(temp.resolve("content-written"));
        SortedMap<String, byte[]> kept = render(content, 1);
        Path project = BuiltSite.PROJECT;
        Path out = temp.resolve("written-site");
        SiteConfig config = new SiteConfig(project, content, project.resolve("templates"), out,
                "https://example.org/hoshin/");
        OutputTree written = new SiteBuilder(config, 3).build().tree();
        assertEquals(kept.size(), written.count());
        SortedMap<String, byte[]> onDisk = new java.util.TreeMap<>();
        try (var files = java.nio.file.Files.walk(out)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                onDisk.put(out.relativize(file).toString(), java.nio.file.Files.readAllBytes(file));
            }
        }
        onDisk.remove(OutputGuard.MARKER);
        assertEquals(kept.keySet(), onDisk.keySet());
        kept.forEach((path, bytes) -> assertArrayEquals(bytes, onDisk.get(path), path));
        assertTrue(!java.nio.file.Files.exists(temp.resolve("written-site.new")), "the new folder was swapped in");
        assertThrows(IllegalStateException.class, () -> written.bytes("index.html"),
                "once moved into place, the site is read from the output folder, never from a later build's");
    }

    private static SortedMap<String, byte[]> render(Path content, int threads) throws Exception {
        Path project = BuiltSite.PROJECT;
        SiteConfig config = new SiteConfig(project, content, project.resolve("templates"),
                temp.resolve("unused-site"), "https://example.org/hoshin/");
        return new SiteBuilder(config, threads).render(new ArrayList<>()).files();
    }
}
