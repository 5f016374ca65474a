package org.hoshin.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/**
 * Rendering on several threads must not change a byte: pages and search indexes finish in any order, but the
 * site they make is the one a single thread makes, every time.
 */
class ParallelBuildTest {

    private static final Path PROJECT = BuiltSite.PROJECT;

    @Test
    void parallelBuildsAreByteIdenticalToEachOtherAndToASequentialBuild() throws Exception {
        SortedMap<String, byte[]> sequential = render(1);
        SortedMap<String, byte[]> first = render(4);
        SortedMap<String, byte[]> second = render(4);
        assertTrue(sequential.keySet().stream().anyMatch(p -> p.startsWith("search/ja/")), "search index built");
        assertTrue(sequential.keySet().stream().filter(p -> p.endsWith(".html")).count() > 20, "the pages built");
        for (SortedMap<String, byte[]> parallel : java.util.List.of(first, second)) {
            assertEquals(sequential.keySet(), parallel.keySet());
            sequential.forEach((path, bytes) -> assertArrayEquals(bytes, parallel.get(path), path));
        }
    }

    private static SortedMap<String, byte[]> render(int threads) throws Exception {
        SiteConfig config = new SiteConfig(PROJECT, PROJECT.resolve("content"), PROJECT.resolve("templates"),
                PROJECT.resolve("target/unused-site"), "https://example.org/hoshin/");
        return new SiteBuilder(config, threads).render(new ArrayList<>()).files();
    }
}
