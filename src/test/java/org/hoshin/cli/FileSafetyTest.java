package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `hoshin build` on a copy of the real content and templates into which links, FIFOs, editor leftovers and
 * Japanese file names were put: nothing outside the project is ever read or published, nothing blocks.
 */
class FileSafetyTest {

    private static final String SECRET = "SECRET-7f3a-not-for-publication";

    @TempDir
    Path temp;
    Path content;
    Path templates;
    Path site;
    Path secret;

    @BeforeEach
    void copyProject() throws IOException {
        content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
        templates = Trees.copy(Path.of("templates"), temp.resolve("templates"));
        site = temp.resolve("site");
        secret = Files.writeString(temp.resolve("outside.txt"), SECRET + "\n");
    }

    @Test
    void contentFileLinkedOutsideIsRefusedAndNothingPublished() throws IOException {
        Path notes = content.resolve("wards/izumi/2022/ja/notes.md");
        Files.delete(notes);
        Files.createSymbolicLink(notes, secret);
        assertRefused("content/wards/izumi/2022/ja/notes.md: is a symbolic link");
    }

    @Test
    void linkedWardFolderIsRefused() throws IOException {
        Path ward = content.resolve("wards/izumi");
        Path elsewhere = Files.move(ward, temp.resolve("izumi-elsewhere"));
        Files.writeString(elsewhere.resolve("2022/ja/notes.md"), SECRET + "\n");
        Files.createSymbolicLink(ward, elsewhere);
        assertRefused("content/wards/izumi: is a symbolic link");
    }

    @Test
    void linkedAssetIsRefused() throws IOException {
        Files.createSymbolicLink(templates.resolve("assets/extra.css"), secret);
        assertRefused("templates/assets/extra.css: is a symbolic link");
    }

    @Test
    void linkedTemplateIsRefused() throws IOException {
        Path about = templates.resolve("pages/about.peb");
        Path elsewhere = Files.move(about, temp.resolve("about.peb"));
        Files.writeString(elsewhere, Files.readString(elsewhere) + SECRET);
        Files.createSymbolicLink(about, elsewhere);
        assertRefused("templates/pages/about.peb: is a symbolic link");
    }

    @Test
    void fifoInContentIsAnErrorNotAHang() throws Exception {
        mkfifo(content.resolve("wards/izumi/2022/ja/pillars/09.md"));
        assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertRefused("content/wards/izumi/2022/ja/pillars/09.md: is not a plain file or folder"));
    }

    @Test
    void editorLeftoversAreIgnored() throws IOException {
        Path pillars = content.resolve("wards/izumi/2022/ja/pillars");
        Files.writeString(pillars.resolve("03.md~"), "---\nbroken: [\n");
        Files.writeString(pillars.resolve("03.md.swp"), "\0\1binary swap");
        Files.writeString(pillars.resolve(".DS_Store"), "\0\0");
        Files.createSymbolicLink(pillars.resolve(".#03.md"), Path.of("editor@host.1234:1700000000"));
        ContentFixture.Result r = build();
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isRegularFile(site.resolve("ja/wards/izumi/index.html")));
    }

    @Test
    void japaneseFileNameUnderAsciiLocaleGivesNoStackTrace() throws Exception {
        Files.writeString(content.resolve("wards/izumi/2022/ja/pillars/メモ.md"), "---\nid: memo\ntitle: メモ\n---\n");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(), "build",
                "--content", content.toString(), "--templates", templates.toString(), "--out", site.toString())
                .redirectErrorStream(true).redirectOutput(temp.resolve("out.txt").toFile());
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        Process p = builder.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build finished");
        String out = Files.readString(temp.resolve("out.txt"), StandardCharsets.ISO_8859_1);
        assertFalse(out.contains("InvalidPathException") || out.contains("\tat "), out);
        assertTrue(out.contains("content/wards/izumi/2022/ja/pillars"), out);
    }

    private void assertRefused(String expected) throws IOException {
        ContentFixture.Result r = build();
        assertEquals(1, r.exitCode(), r.out());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertFalse(Files.exists(site), "nothing published");
    }

    private ContentFixture.Result build() {
        return ContentFixture.run(temp, "build", "--content", content.toString(), "--templates",
                templates.toString(), "--out", site.toString());
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(p.waitFor() == 0, "mkfifo failed");
    }
}
