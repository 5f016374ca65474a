package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The command line itself: help, usage mistakes, the version, plural forms, and what an internal error prints. */
class MainTest {

    @Test
    void helpForACommandShowsThatCommandsUsage() {
        ContentFixture.Result result = ContentFixture.capture(() -> Main.run("help", "build"));
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("Usage: hoshin build"), result.out());
        assertTrue(result.out().contains("--site-url"), result.out());
    }

    @Test
    void noCommandIsAUsageMistakeExplainedOnStandardError() {
        ContentFixture.Result result = ContentFixture.capture(Main::run);
        assertEquals(2, result.exitCode());
        assertEquals("", result.out());
        assertTrue(result.err().startsWith("Usage: hoshin"), result.err());
        for (String command : new String[] {"help", "import", "build", "check", "serve", "translations", "bench"}) {
            assertTrue(result.err().contains("\n  " + command + " "), "lists " + command + ": " + result.err());
        }
    }

    @Test
    void aNamedCommandGetsOnlyItsOwnModelAndAMisspeltOneGetsSuggestions() {
        CommandLine build = Main.commandLine(Map.of(), "build");
        assertEquals(java.util.Set.of("help", "build"), build.getSubcommands().keySet());
        assertEquals(8, Main.commandLine(Map.of(), "--help").getSubcommands().size());
        ContentFixture.Result misspelt = ContentFixture.capture(() -> Main.run("buidl"));
        assertEquals(2, misspelt.exitCode());
        assertTrue(misspelt.err().contains("Did you mean: hoshin build?"), misspelt.err());
    }

    @Test
    void theVersionIsPomXmls() throws IOException {
        String pomVersion = Jsoup.parse(Files.readString(Path.of("pom.xml")), "", Parser.xmlParser())
                .selectFirst("project > version").text();
        ContentFixture.Result result = ContentFixture.capture(() -> Main.run("--version"));
        assertEquals(0, result.exitCode());
        assertEquals("hoshin " + pomVersion, result.out().strip());
    }

    @Test
    void capturedOutputHasNoTerminalColourCodes() {
        ContentFixture.Result result = ContentFixture.capture(() -> Main.run("--help"));
        assertTrue(result.out().contains("Usage:"), result.out());
        assertFalse(result.out().contains("\u001b["), "no ANSI escape codes when not writing to a terminal");
    }

    @Test
    void anUnexpectedExceptionPrintsOneLineAndExits70() {
        ContentFixture.Result result = ContentFixture.capture(() -> failing(Map.of()).execute("fail"));
        assertEquals(70, result.exitCode());
        assertEquals("", result.out());
        String[] lines = result.err().strip().split("\n");
        assertEquals(1, lines.length, result.err());
        assertTrue(lines[0].startsWith("hoshin: internal error: IllegalStateException: a bug"), lines[0]);
        assertTrue(lines[0].contains("please report it"), lines[0]);
    }

    @Test
    void hoshinDebugShowsTheStackTraceOfAnInternalError() {
        ContentFixture.Result result = ContentFixture.capture(
                () -> failing(Map.of("HOSHIN_DEBUG", "1")).execute("fail"));
        assertEquals(70, result.exitCode());
        assertTrue(result.err().startsWith("hoshin: internal error: IllegalStateException: a bug"), result.err());
        assertTrue(result.err().contains("\tat " + Failing.class.getName()), result.err());
    }

    @Test
    void checkCountsItsFindingsWithTheRightPluralForms() {
        ContentFixture.Result result = ContentFixture.capture(() -> Main.run("check"));
        String summary = result.out().lines().filter(l -> l.startsWith("check: ")).findFirst().orElseThrow();
        assertPluralsAgree(summary);
    }

    @Test
    void buildCountsItsFilesWithTheRightPluralForm(@TempDir Path temp) {
        ContentFixture.Result result = ContentFixture.capture(() -> Main.run("build", "--out",
                temp.resolve("site").toString()));
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().matches("(?s)built \\d+ files into .*"), result.out());
        assertPluralsAgree(result.out());
    }

    @Test
    void pluralFollowsTheCount() {
        assertEquals("no files", Plural.of(0, "count.file"));
        assertEquals("1 file", Plural.of(1, "count.file"));
        assertEquals("2 external links", Plural.of(2, "count.externalLink"));
    }

    /** Every "N noun(s)" in {@code text} is singular exactly when N is 1. */
    private static void assertPluralsAgree(String text) {
        Matcher counts = Pattern.compile("(\\d+) (files?|errors?|warnings?|external links?)\\b").matcher(text);
        int found = 0;
        while (counts.find()) {
            found++;
            boolean one = counts.group(1).equals("1");
            assertEquals(one, !counts.group(2).endsWith("s"), counts.group() + " in " + text);
        }
        assertTrue(found > 0, "counts in " + text);
    }

    private static CommandLine failing(Map<String, String> env) {
        return Main.commandLine(env).addSubcommand("fail", new Failing());
    }

    /** A command with a bug. */
    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }
}
