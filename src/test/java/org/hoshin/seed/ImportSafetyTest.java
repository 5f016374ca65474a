package org.hoshin.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hoshin.content.Sha256;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import on the real seeds into a temporary content folder, then attacked and broken: links, escaping import
 * records, FIFOs, non-UTF-8 edits, folders where files belong and a write failing halfway. Import either does
 * everything or leaves content/ byte-identical.
 */
class ImportSafetyTest {

    private static final String IZUMI_SEED = "000_3be6bdec6ef05b66.txt";

    @TempDir
    Path temp;
    Path seeds;
    Path content;

    @BeforeEach
    void importOnce() throws Exception {
        seeds = Trees.copy(org.hoshin.testing.Fixture.SEEDS, temp.resolve("seeds"));
        content = temp.resolve("content");
        new Importer().run(seeds, content, false);
    }

    @Test
    void manifestPathLeavingTheWardIsAnErrorAndNothingIsDeleted() throws Exception {
        Path readme = Files.writeString(temp.resolve("README.md"), "project readme\n");
        Path manifest = content.resolve("wards/izumi/2022/.import.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("files:\n",
                "files:\n  ../../../README.md: " + Sha256.of(Files.readAllBytes(readme)) + "\n"));
        changeSeed();
        Map<String, String> before = hashes(temp);
        for (boolean force : new boolean[] {false, true}) {
            ImportException e = assertThrows(ImportException.class, () -> new Importer().run(seeds, content, force));
            assertTrue(e.getMessage().contains(manifest + ":") && e.getMessage().contains("../../../README.md"),
                    e.getMessage());
            assertEquals(before, hashes(temp), "nothing written or deleted, force=" + force);
        }
    }

    @Test
    void importNeverWritesThroughALinkedFile() throws Exception {
        Path outside = Files.writeString(temp.resolve("outside.md"), "not content\n");
        Path target = content.resolve("wards/izumi/2022/ja/pillars/01.md");
        Files.delete(target);
        Files.createSymbolicLink(target, outside);
        changeSeed();
        ImportException e = assertThrows(ImportException.class, () -> new Importer().run(seeds, content, true));
        assertTrue(e.getMessage().contains(target + ": is a symbolic link"), e.getMessage());
        assertEquals("not content\n", Files.readString(outside));
    }

    @Test
    void importNeverWritesThroughALinkedFolder() throws Exception {
        Path pillars = content.resolve("wards/izumi/2022/ja/pillars");
        Path elsewhere = Files.move(pillars, temp.resolve("pillars-elsewhere"));
        Files.createSymbolicLink(pillars, elsewhere);
        Map<String, String> before = hashes(elsewhere);
        changeSeed();
        ImportException e = assertThrows(ImportException.class, () -> new Importer().run(seeds, content, true));
        assertTrue(e.getMessage().contains(pillars + ": is a symbolic link"), e.getMessage());
        assertEquals(before, hashes(elsewhere));
    }

    @Test
    void fifoInSeedsIsAnErrorNotAHang() throws Exception {
        Path fifo = seeds.resolve("zz-pipe.txt");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assumeTrue(p.waitFor() == 0, "mkfifo is available");
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(ImportException.class, () -> new Importer().run(seeds, content, false)));
        assertTrue(e.getMessage().contains(fifo + ": is not a plain file or folder"), e.getMessage());
    }

    @Test
    void nonUtf8EditIsAConflictNotACrash() throws Exception {
        Path edited = content.resolve("wards/izumi/2022/ja/pillars/01.md");
        Files.write(edited, Files.readString(edited).getBytes(Charset.forName("Shift_JIS")));
        changeSeed();
        Map<String, String> before = hashes(content);
        ImportException e = assertThrows(ImportException.class, () -> new Importer().run(seeds, content, false));
        assertTrue(e.getMessage().contains(edited + ": edited since the last import"), e.getMessage());
        assertEquals(before, hashes(content));
    }

    @Test
    void folderWhereAFileBelongsIsAnErrorBeforeAnythingIsWritten() throws Exception {
        Path file = content.resolve("wards/izumi/2022/ja/pillars/02.md");
        Files.delete(file);
        Files.createDirectory(file);
        changeSeed();
        Map<String, String> before = hashes(content);
        ImportException e = assertThrows(ImportException.class, () -> new Importer().run(seeds, content, true));
        assertTrue(e.getMessage().contains(file + ": is a folder where a file was expected"), e.getMessage());
        assertEquals(before, hashes(content));
    }

    @Test
    void aWriteFailingHalfwayRestoresEverything() throws Exception {
        for (Path seed : Files.list(seeds).toList()) {
            Files.writeString(seed, Files.readString(seed) + "\n追記された文です。\n");
        }
        Files.writeString(content.resolve("wards/kohoku/2022/ja/index.md"), "---\nname: 港北区\n---\nedited\n");
        Map<String, String> before = hashes(content);
        AtomicInteger writes = new AtomicInteger();
        Importer failing = new Importer(target -> {
            if (writes.incrementAndGet() == 8) {
                throw new IOException("disk full (injected)");
            }
        });
        ImportException e = assertThrows(ImportException.class, () -> failing.run(seeds, content, true));
        assertTrue(e.getMessage().contains("disk full (injected)") && e.getMessage().contains("restored"),
                e.getMessage());
        assertTrue(writes.get() == 8, "the failure came after files had been written");
        assertEquals(before, hashes(content), "content/ is byte-identical to before the run");
    }

    @Test
    void aFailedFirstImportLeavesNoFolders() throws Exception {
        Path fresh = temp.resolve("fresh");
        Importer failing = new Importer(target -> {
            if (target.toString().contains("kohoku")) {
                throw new IOException("injected");
            }
        });
        assertThrows(ImportException.class, () -> failing.run(seeds, fresh, false));
        assertTrue(!Files.exists(fresh), "folders created by the failed run are removed");
    }

    @Test
    void forceTouchesOnlyTheWardWhoseSeedChanged() throws Exception {
        Path kohokuEdit = content.resolve("wards/kohoku/2022/ja/pillars/01.md");
        Files.writeString(kohokuEdit, Files.readString(kohokuEdit) + "\n編集者の一文。\n");
        Map<String, String> before = hashes(content);
        changeSeed();
        ImportReport report = new Importer().run(seeds, content, true);
        Map<String, String> after = hashes(content);
        assertTrue(report.written() > 0);
        before.forEach((file, hash) -> {
            if (!file.startsWith("wards/izumi/")) {
                assertEquals(hash, after.get(file), file + " untouched");
            }
        });
        assertNotEquals(before.get("wards/izumi/2022/.import.yaml"), after.get("wards/izumi/2022/.import.yaml"));
        assertEquals(0, new Importer().run(seeds, content, true).written(), "unchanged seeds: nothing, even forced");
    }

    private void changeSeed() throws IOException {
        Path seed = seeds.resolve(IZUMI_SEED);
        Files.writeString(seed, Files.readString(seed) + "\n追記された文です。\n");
    }

    /** Every entry under {@code dir} (files, folders, links) with a hash of its bytes. */
    private static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                String kind = Files.isSymbolicLink(p) ? "link:" + Files.readSymbolicLink(p)
                        : Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir"
                        : Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Sha256.of(Files.readAllBytes(p))
                        : "special";
                entries.put(dir.relativize(p).toString(), kind);
            }
        }
        return entries;
    }
}
