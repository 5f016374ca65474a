package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs from the hostile review that crashed or reached the site raw: each is refused at its file and line with a
 * message that says what it is and how to fix it, never a stack trace.
 */
class HostileInputsTest {

    private static final String ITEM = "content/wards/izumi/2022/ja/pillars/01/01.md";

    @TempDir
    Path temp;

    @BeforeEach
    void copyContent() throws IOException {
        ContentFixture.copyContent(temp);
    }

    @Test
    void anEscapeInATitleIsRefusedAtItsLineAndColumnNamingTheCharacter() throws IOException {
        ContentFixture.edit(temp, ITEM, "title: ", "title: \u001b[31m");
        ContentFixture.Result r = ContentFixture.build(temp);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().matches("(?s).*" + ITEM + ":\\d+:8: an invisible control character U\\+001B is here .*"),
                r.err());
        assertFalse(Files.exists(temp.resolve("site")), "nothing built");
    }

    @Test
    void aBidiOverrideOrANulInTheTextIsRefusedAsWell() throws IOException {
        ContentFixture.append(temp, ITEM, "逆向き\u202Eの文字\n");
        assertTrue(ContentFixture.run(temp, "check", "--content", temp.resolve("content").toString()).err()
                .contains("an invisible control character U+202E is here"));
        ContentFixture.edit(temp, ITEM, "逆向き\u202E", "ヌル\u0000");
        assertTrue(ContentFixture.build(temp).err().contains("an invisible control character U+0000 is here"));
    }

    @Test
    void twoUserDictionaryLinesWithOneWordAreNamedAtTheSecond() throws IOException {
        Path dictionary = temp.resolve("content/search/userdict.csv");
        Files.writeString(dictionary, Files.readString(dictionary)
                + "防災拠点,防災 拠点,ボウサイ キョテン,カスタム名詞\n防災拠点,防災 拠点,ボウサイ キョテン,カスタム名詞\n");
        int lines = Files.readString(dictionary).split("\n").length;
        ContentFixture.Result r = ContentFixture.build(temp);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("content/search/userdict.csv:" + lines + ":1: '防災拠点' is already on line "
                + (lines - 1)), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    @Test
    void aSeedTitledWithAYearOutOfRangeIsNamedAtItsLine() throws IOException {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Files.writeString(seeds.resolve("old.txt"), "横浜市\n平成０年度 泉区運営方針\n本文です。\n");
        ContentFixture.Result r = ContentFixture.run(temp, "import", "--seeds", seeds.toString(), "--content",
                temp.resolve("content").toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("old.txt:2:1: the fiscal year of the title '平成０年度 泉区運営方針' is out of range"),
                r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    @Test
    void aHoshinJavaThatFailsIsSaidSoByTheLauncher() throws Exception {
        ProcessBuilder launcher = new ProcessBuilder("bin/hoshin", "--version").redirectErrorStream(true);
        launcher.environment().put("HOSHIN_JAVA", "/bin/false");
        Process process = launcher.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(1, process.exitValue(), output);
        assertTrue(output.contains("HOSHIN_JAVA=/bin/false does not run as Java"), output);
    }

    @Test
    void aThemeIdTooLongForAFolderNameIsRefusedUpFront() throws IOException {
        String id = "a".repeat(300);
        ContentFixture.edit(temp, "content/themes.yaml", "- id: bosai", "- id: " + id);
        ContentFixture.Result r = ContentFixture.build(temp);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("content/themes.yaml:") && r.err().contains("invalid theme id '" + id + "'")
                && r.err().contains("at most 64 characters"), r.err());
        assertFalse(r.err().contains("free space"), r.err());
    }

    @Test
    void themePointsThatWouldOverflowAreRefused() throws IOException {
        ContentFixture.edit(temp, "content/themes.yaml", "  title: 3", "  title: 2147483647");
        ContentFixture.Result r = ContentFixture.build(temp);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("'title' must be a whole number of points from 0 to 1000, found '2147483647'"),
                r.err());
    }

    @Test
    void aCheckStoppedHalfwayLeavesNoTemporaryFolder() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        ProcessBuilder launcher = new ProcessBuilder("bin/hoshin", "check", "--content",
                temp.resolve("content").toString()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("check.log").toFile());
        launcher.environment().put("HOSHIN_JVM_CACHE", "off");
        launcher.environment().put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);
        Process check = launcher.start();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (leftovers(tmp) == 0 && check.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(check.isAlive(), "stopped while its folder exists: " + Files.readString(temp.resolve("check.log")));
        check.destroy(); // SIGTERM, as Ctrl-C or a cancelled CI job
        assertTrue(check.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(0, leftovers(tmp), "left in the temporary directory");
    }

    private static long leftovers(Path tmp) throws IOException {
        try (var entries = Files.list(tmp)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("hoshin-")).count();
        }
    }
}
