package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hoshin.content.SourceHash;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code translations --mark-done} writes only inside content/, never through a link, atomically, and changes
 * nothing but the front matter's hash line: hostile inputs from the review of the translations workflow.
 */
class MarkDoneSafetyTest {

    private static final String JA = "wards/izumi/2022/ja/pillars/01/02.md";
    private static final String EN = "wards/izumi/2022/en/pillars/01/02.md";
    private static final String OTHER_EN = "wards/konan/2021/en/index.md";

    @TempDir
    Path temp;
    Path content;

    @BeforeEach
    void copyContent() throws IOException {
        content = Trees.copy(Path.of("content"), temp.resolve("content"));
    }

    @Test
    void anEnglishFileThatIsALinkToAFileOutsideTheProjectIsRefusedAndTheTargetUntouched() throws IOException {
        Path outside = temp.resolve("outside.md");
        Files.writeString(outside, "---\ntitle: x\n---\n");
        Files.delete(content.resolve(EN));
        Files.createSymbolicLink(content.resolve(EN), outside);

        ContentFixture.Result r = markDone(content.resolve(EN));
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("content/" + EN + ": is a symbolic link; links are not followed"), r.err());
        assertEquals("---\ntitle: x\n---\n", Files.readString(outside));
    }

    @Test
    void anEnglishFolderThatIsALinkToAnotherWardIsRefused() throws IOException {
        Path other = content.resolve(OTHER_EN);
        byte[] before = Files.readAllBytes(other);
        Path pillars = content.resolve("wards/izumi/2022/en/pillars/01");
        Trees.copy(pillars, temp.resolve("moved"));
        try (Stream<Path> files = Files.walk(pillars)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.createSymbolicLink(pillars, content.resolve("wards/konan/2021/en"));
        Files.createDirectories(content.resolve("wards/izumi/2022/ja/pillars/01"));
        Files.copy(content.resolve("wards/izumi/2022/ja/index.md"), content.resolve("wards/izumi/2022/ja/pillars/01/index.md"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        ContentFixture.Result r = markDone(content.resolve("wards/izumi/2022/en/pillars/01/index.md"));
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("content/wards/izumi/2022/en/pillars/01: is a symbolic link"), r.err());
        assertArrayEquals(before, Files.readAllBytes(other), "the other ward's English file is untouched");
    }

    @Test
    void aPairOutsideTheContentFolderIsRefused() throws IOException {
        Path elsewhere = temp.resolve("elsewhere");
        Files.createDirectories(elsewhere.resolve("ja"));
        Files.createDirectories(elsewhere.resolve("en"));
        Files.writeString(elsewhere.resolve("ja/x.md"), "---\ntitle: 日本語\n---\n");
        Files.writeString(elsewhere.resolve("en/x.md"), "---\ntitle: English\n---\n");

        ContentFixture.Result r = markDone(elsewhere.resolve("en/x.md"));
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("elsewhere/en/x.md: this file is outside content"), r.err());
        assertEquals("---\ntitle: English\n---\n", Files.readString(elsewhere.resolve("en/x.md")));
    }

    @Test
    void onlyTheFrontMatterGetsTheHashAndABodyLineStartingSoIsKept() throws IOException {
        Path en = content.resolve(EN);
        String body = "\nThe text.\n\nsource-sha256: this line is the editor's text\n";
        Files.writeString(en, "---\ntitle: Panel exhibitions\n---\n" + body);

        ContentFixture.Result r = markDone(en);
        assertEquals(0, r.exitCode(), r.err());
        String hash = SourceHash.ofText(Files.readString(content.resolve(JA)));
        assertEquals("---\nsource-sha256: " + hash + "\nsource-id: " + itemId() + "\ntitle: Panel exhibitions\n---\n"
                + body, Files.readString(en));
    }

    @Test
    void aByteOrderMarkLineEndsAndCommentsStayAndNoTemporaryFileIsLeft() throws IOException {
        Path en = content.resolve(EN);
        String text = "\uFEFF---\r\n# kept: a note for the next translator\r\nsource-sha256: 0000\r\ntitle: Panels\r\n"
                + "---\r\n\r\nThe text.\r\n";
        Files.writeString(en, text, StandardCharsets.UTF_8);

        ContentFixture.Result r = markDone(en);
        assertEquals(0, r.exitCode(), r.err());
        String hash = SourceHash.ofText(Files.readString(content.resolve(JA)));
        assertEquals(text.replace("source-sha256: 0000", "source-sha256: " + hash + "\r\nsource-id: " + itemId()),
                Files.readString(en));
        try (Stream<Path> siblings = Files.list(en.getParent())) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file");
        }
    }

    @Test
    void aBinaryEnglishFileIsSaidToBeNotTextNotMissing() throws IOException {
        Path en = content.resolve(EN);
        byte[] binary = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, (byte) 0xff};
        Files.write(en, binary);

        ContentFixture.Result r = markDone(en);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("content/" + EN + ":1: the file is not UTF-8 text"), r.err());
        assertArrayEquals(binary, Files.readAllBytes(en));
    }

    private ContentFixture.Result markDone(Path file) {
        return ContentFixture.run(temp, "translations", "--content", content.toString(), "--mark-done",
                file.toString());
    }

    @Test
    void anEnglishTableKeepsItsKeysAndGetsTheHashAsATopLevelKey() throws IOException {
        String table = "wards/asahi/2022/en/tables/01.yaml";
        Path en = content.resolve(table);
        String text = Files.readString(en);
        Files.writeString(en, text.replaceFirst("(?m)^source-sha256:.*\\R", ""));

        ContentFixture.Result r = markDone(en);
        assertEquals(0, r.exitCode(), r.err());
        String hash = SourceHash.ofText(Files.readString(content.resolve(table.replace("/en/", "/ja/"))));
        String marked = Files.readString(en);
        assertTrue(marked.startsWith("source-sha256: " + hash + "\n"), marked);
        assertTrue(marked.endsWith(text.substring(text.indexOf("title:"))), "the table's own keys are as they were");
    }

    /** The id of the Japanese item, which --mark-done records as the item the English file translates. */
    private String itemId() throws IOException {
        return Files.readString(content.resolve(JA)).lines().filter(l -> l.startsWith("id:")).findFirst()
                .orElseThrow().substring(3).strip();
    }
}
