package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken content file stops `hoshin build` with path:line, exit 1, no stack trace, and site/ untouched. */
class BuildBadContentTest {

    @TempDir
    Path temp;
    Path content;
    Path site;

    @BeforeEach
    void copyContentAndBuildOnce() throws IOException {
        content = temp.resolve("content");
        org.hoshin.testing.Trees.copy(org.hoshin.testing.Fixture.CONTENT, content);
        site = temp.resolve("site");
        assertEquals(0, build().exitCode, "the committed content builds");
    }

    @Test
    void invalidYamlNamesFileAndLine() throws IOException {
        Path file = content.resolve("wards/izumi/2022/ja/pillars/01.md");
        Files.writeString(file, Files.readString(file).replace("title: とどけよう！", "title: [とどけよう！"));
        assertFails("content/wards/izumi/2022/ja/pillars/01.md:3:", "'[' or '{'");
    }

    @Test
    void unknownWardIsNamedWithTheKnownOnes() throws IOException {
        Path file = content.resolve("wards/izumi/ward.yaml");
        Files.writeString(file, Files.readString(file).replace("id: izumi", "id: atlantis"));
        Result r = assertFails("content/wards/izumi/ward.yaml:1:1: unknown ward 'atlantis'", "kohoku");
        assertTrue(r.err.contains("use one of"), r.err);
    }

    @Test
    void duplicateInitiativeIdNamesBothPlaces() throws IOException {
        Path file = content.resolve("wards/izumi/2022/ja/pillars/01/02.md");
        Files.writeString(file, Files.readString(file).replace("id: p1-2", "id: p1-1"));
        assertFails("content/wards/izumi/2022/ja/pillars/01/02.md:2:1: duplicate id 'p1-1'",
                "content/wards/izumi/2022/ja/pillars/01/01.md:2");
    }

    @Test
    void missingRequiredFieldIsNamed() throws IOException {
        Path file = content.resolve("wards/kohoku/2022/ja/pillars/01/01.md");
        Files.writeString(file, Files.readString(file).replaceFirst("title: .*\n", ""));
        assertFails("content/wards/kohoku/2022/ja/pillars/01/01.md:2:1: missing required key 'title'", "add a line");
    }

    @Test
    void unknownKeySuggestsTheIntendedOne() throws IOException {
        Path file = content.resolve("wards/asahi/2022/ja/pillars/01/01.md");
        Files.writeString(file, Files.readString(file).replace("title:", "titel:"));
        assertFails("content/wards/asahi/2022/ja/pillars/01/01.md:3:1: unknown key 'titel'", "did you mean 'title'?");
    }

    @Test
    void invalidFiscalYearExplainsTheExpectedForm() throws IOException {
        Path wardDir = content.resolve("wards/konan");
        Files.move(wardDir.resolve("2021"), wardDir.resolve("令和3"));
        assertFails("content/wards/konan/令和3: unexpected folder in the ward folder", "2022 for 令和4年度");
    }

    @Test
    void aBrokenLinkFoundAfterEveryPageWasWrittenLeavesNoHalfWrittenSite() throws IOException {
        // the link check runs last, when the new site's pages are already in site.new: the build must remove it
        Path file = content.resolve("wards/izumi/2022/ja/pillars/01/01.md");
        Files.writeString(file, Files.readString(file) + "\n[港北区の取組](../../kohoku/2099/)\n");
        assertFails("content/wards/izumi/2022/ja/pillars/01/01.md:", "write a link to another page of this site from /ja/ or /en/");
    }

    private Result assertFails(String expectedLocationAndMessage, String expectedHint) throws IOException {
        byte[] before = Files.readAllBytes(site.resolve("ja/wards/izumi/index.html"));
        Result r = build();
        assertEquals(1, r.exitCode, r.err);
        assertTrue(r.err.contains(expectedLocationAndMessage), r.err);
        assertTrue(r.err.contains(expectedHint), r.err);
        assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), "no stack trace:\n" + r.err);
        assertEquals(new String(before, StandardCharsets.UTF_8),
                Files.readString(site.resolve("ja/wards/izumi/index.html")), "site/ is left as it was");
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().startsWith("site.")).count(),
                    "no half-written site folder is left behind");
        }
        return r;
    }

    private record Result(int exitCode, String err) {
    }

    private Result build() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = Main.run("build", "--content", content.toString(), "--templates", "templates", "--out",
                    site.toString());
            return new Result(code, errBytes.toString(StandardCharsets.UTF_8).replace(temp + "/", ""));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

}
