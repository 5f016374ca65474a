package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hoshin.content.Sha256;
import org.hoshin.content.UrlPolicy;
import org.hoshin.testing.HostileMarkdown;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input in a copy of the real content: every spelling of a script link, third-party images, nesting deep
 * enough to crash a recursive parser, oversized files, ids that clash with the page's own and YAML that silently
 * changes content. `build` and `check` must refuse each with `path:line`, exit 1, print no stack trace and leave
 * the published site/ as it was.
 */
class HostileContentTest {

    private static final String INITIATIVE = "content/wards/izumi/2022/ja/pillars/01/01.md";

    @TempDir
    static Path siteTemp;
    static Path builtSite;
    static String siteDigest;

    @TempDir
    Path temp;
    Path content;
    Path site;

    @BeforeAll
    static void buildTheRealSiteOnce() throws IOException {
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, siteTemp.resolve("content"));
        builtSite = siteTemp.resolve("site");
        assertEquals(0, ContentFixture.run(siteTemp, "build", "--content", content.toString(), "--out",
                builtSite.toString()).exitCode());
        siteDigest = digest(builtSite);
    }

    /** Each test gets its own content and its own copy of the built site, so one test cannot spoil another. */
    @BeforeEach
    void copyContentAndSite() throws IOException {
        content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
        site = Trees.copy(builtSite, temp.resolve("site"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.hoshin.testing.HostileMarkdown#cases")
    void hostileMarkdownIsRejectedWithItsLine(HostileMarkdown.Case hostile) throws IOException {
        int line = append(INITIATIVE, hostile.markdown()) + hostile.line();
        for (String command : new String[] {"build", "check"}) {
            ContentFixture.Result r = run(command);
            assertRejected(r, INITIATIVE + ":" + line + ":", hostile.message());
            if (hostile.message().equals("unsafe link")) {
                assertTrue(r.err().contains(UrlPolicy.hint()), r.err());
            }
        }
    }

    @Test
    void allowedLinksAndEntityTextPassCheck() throws IOException {
        append(INITIATIVE, """
                [窓口](https://www.city.yokohama.lg.jp/izumi/) [旧](http://example.org/?a=1&amp;b=2)
                [メール](mailto:izumi@example.org) [電話](tel:045-800-2345) [取組](#p1-2) [一覧](../../../)
                [x][r] &#106;avascript&colon; は文字として表示されます。

                [r]: https://example.org/
                """);
        ContentFixture.Result r = run("check");
        assertEquals(0, r.exitCode(), r.err());
    }

    @Test
    void thousandNestedQuotesGiveACleanError() throws IOException {
        int line = append(INITIATIVE, ">".repeat(1000) + " 引用");
        assertRejected(run("build"), INITIATIVE + ":" + line + ":", "nested more than 50 levels");
    }

    @Test
    void threeThousandDeepListGivesACleanError() throws IOException {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            list.append("  ".repeat(i)).append("- 項目\n");
        }
        int line = append(INITIATIVE, list.toString());
        assertRejected(run("build"), INITIATIVE + ":" + (line + 50) + ":", "nested more than 50 levels");
    }

    @Test
    void listMarkersOnOneLineGiveACleanError() throws IOException {
        int line = append(INITIATIVE, "- ".repeat(3000) + "項目");
        assertRejected(run("check"), INITIATIVE + ":" + line + ":", "nested more than 50 levels");
    }

    @Test
    void deepEmphasisGivesACleanError() throws IOException {
        int line = append(INITIATIVE, "*a ".repeat(1500) + "x" + " a*".repeat(1500));
        assertRejected(run("build"), INITIATIVE + ":" + line + ":", "nested more than 200 levels");
    }

    @Test
    void fileOverTwoMegabytesIsRejected() throws IOException {
        append(INITIATIVE, "泉区の魅力。\n\n".repeat(120_000));
        assertRejected(run("build"), INITIATIVE + ":", "the file is larger than 2 MB");
    }

    @Test
    void paragraphOverTenThousandCharactersIsRejected() throws IOException {
        int line = append(INITIATIVE, "[資料](https://example.org/) ".repeat(1000));
        assertRejected(run("check"), INITIATIVE + ":" + line + ":1: the paragraph is longer than 10000", "blank");
    }

    @Test
    void idOfAGeneratedHeadingIsRejected() throws IOException {
        edit("content/wards/izumi/2022/ja/pillars/01/02.md", "id: p1-2", "id: p1-heading");
        assertRejected(run("build"), "content/wards/izumi/2022/ja/pillars/01/02.md:2:1: id 'p1-heading'",
                "-heading or -caption");
    }

    @Test
    void idOfALabelOnThePageIsRejected() throws IOException {
        edit("content/wards/izumi/2022/ja/pillars/01/02.md", "id: p1-2", "id: toc-label");
        assertRejected(run("check"), "content/wards/izumi/2022/ja/pillars/01/02.md:2:1: id 'toc-label' is reserved",
                "choose another id");
    }

    @Test
    void yamlAnchorAndAliasAreRejected() throws IOException {
        edit(INITIATIVE, "captions:", "captions: &c");
        assertRejected(run("build"), INITIATIVE + ":5:", "'&c' (a YAML anchor or alias) is not allowed");
        edit(INITIATIVE, "program: 定住・転入促進事業", "program: *t");
        assertRejected(run("check"), INITIATIVE + ":4:", "'*t' (a YAML anchor or alias) is not allowed");
    }

    @Test
    void secondYamlDocumentInFrontMatterIsRejected() throws IOException {
        edit(INITIATIVE, "program: 定住・転入促進事業\n", "--- # second\nprogram: 定住・転入促進事業\n");
        assertRejected(run("build"), INITIATIVE + ":5:", "a second document starts here");
    }

    @Test
    void secondYamlDocumentInATableIsRejected() throws IOException {
        String table = "content/wards/asahi/2022/ja/tables/01.yaml";
        Files.writeString(temp.resolve(table), Files.readString(temp.resolve(table)) + "---\nid: other\n");
        assertRejected(run("check"), table + ":", "a second document starts here");
    }

    /** Appends Markdown to a content file; returns the file line on which it starts. */
    private int append(String file, String markdown) throws IOException {
        Path path = temp.resolve(file);
        String text = Files.readString(path);
        String before = (text.endsWith("\n") ? text : text + "\n") + "\n";
        Files.writeString(path, before + markdown + "\n");
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = temp.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), file + " contains " + from);
        Files.writeString(path, text.replace(from, to));
    }

    private ContentFixture.Result run(String command) {
        return command.equals("check") ? ContentFixture.run(temp, "check", "--content", content.toString())
                : ContentFixture.run(temp, "build", "--content", content.toString(), "--out", site.toString());
    }

    private void assertRejected(ContentFixture.Result r, String location, String message) throws IOException {
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains(location), "names " + location + ":\n" + r.err());
        assertTrue(r.err().contains(message), "says " + message + ":\n" + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("Error:"),
                "no stack trace:\n" + r.err());
        assertEquals(siteDigest, digest(site), "site/ is left as it was");
    }

    private static String digest(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(dir.relativize(file)).append(' ').append(Sha256.of(Files.readAllBytes(file))).append('\n');
            }
        }
        return all.toString();
    }
}
