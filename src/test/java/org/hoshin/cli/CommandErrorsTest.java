package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check, translations and bench on input they cannot use: each says so on one line and exits 1 (2 for a bad option
 * value), never with a stack trace; and their summaries count in plain English.
 */
class CommandErrorsTest {

    private static final String INITIATIVE = "wards/izumi/2022/ja/pillars/01/01.md";

    @TempDir
    Path temp;
    Path content;

    @BeforeEach
    void copyContent() throws IOException {
        content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
    }

    @Test
    void aLinkWithBrokenPercentEncodingIsABrokenLinkNotACrash() throws IOException {
        append(INITIATIVE, "\n[資料](%zz.html) と [もう一つ](/%00)\n");
        ContentFixture.Result r = ContentFixture.run(temp, "check", "--content", content.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("link '%zz.html' is not a valid address"), r.err());
        assertTrue(r.err().contains("link '/%00' leads to a missing page"), r.err());
        assertNoStackTrace(r.err());
    }

    @Test
    void checkCountsExternalLinksAndSaysListedOnlyWhenItListedThem() {
        ContentFixture.Result plain = ContentFixture.run(temp, "check", "--content", content.toString());
        ContentFixture.Result listed = ContentFixture.run(temp, "check", "--content", content.toString(),
                "--list-external");
        long links = listed.out().lines().filter(l -> l.startsWith("external link (not fetched): ")).count();
        String summary = plain.out().lines().filter(l -> l.startsWith("check: ")).findFirst().orElseThrow();
        assertFalse(summary.contains("(s)") || summary.contains("listed"), summary);
        assertTrue(summary.contains(links == 0 ? "no external links" : links == 1 ? "1 external link "
                : links + " external links "), links + " links; " + summary);
        assertTrue(listed.out().contains(links == 0 ? "no external links" : "listed, not fetched"), listed.out());
    }

    @Test
    void benchRefusesZeroRunsAndCountsOneRunInTheSingular() {
        ContentFixture.Result zero = ContentFixture.run(temp, "bench", "--content", content.toString(), "--runs", "0");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.err().startsWith("--runs must be at least 1 (got 0)"), zero.err());
        ContentFixture.Result one = ContentFixture.run(temp, "bench", "--content", content.toString(), "--runs", "1",
                "--warmups", "0", "--cold-runs", "0");
        assertEquals(0, one.exitCode(), one.err());
        assertTrue(one.out().contains(" over 1 run\n"), one.out());
    }

    @Test
    void translationsWithoutAContentFolderSaysSo() {
        ContentFixture.Result r = ContentFixture.run(temp, "translations", "--content", temp.resolve("nowhere")
                .toString());
        assertEquals(1, r.exitCode(), r.out());
        assertEquals("nowhere: no content folder here (run hoshin in the project folder or name the folder with "
                + "--content)", r.err().strip());
    }

    /** Under LANG=C Java cannot name a file called 日本語.md: every command says so on one line instead of crashing. */
    @Test
    void aJapaneseFileNameUnderLangCIsOneLineAndExitCode1() throws Exception {
        Files.copy(content.resolve(INITIATIVE), content.resolve("wards/izumi/2022/ja/columns/日本語.md"));
        for (List<String> command : List.of(List.of("check"), List.of("translations"),
                List.of("bench", "--runs", "1", "--warmups", "0"))) {
            List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
            args.addAll(command);
            args.addAll(List.of("--content", content.toString()));
            ProcessBuilder builder = new ProcessBuilder(args).directory(temp.toFile()).redirectErrorStream(true);
            builder.environment().put("LANG", "C");
            builder.environment().put("LC_ALL", "C");
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(120, TimeUnit.SECONDS));
            assertEquals(1, process.exitValue(), command + ": " + output);
            assertFalse(output.contains("\tat "), "no stack trace: " + output);
            assertTrue(output.contains("UTF-8"), "says how to fix it: " + output);
            assertEquals(1, output.lines().count(), command + ": " + output);
        }
    }

    private static void assertNoStackTrace(String err) {
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace:\n" + err);
    }

    private void append(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.writeString(file, Files.readString(file).stripTrailing() + "\n" + text);
    }
}
