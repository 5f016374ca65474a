package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen kinds of editor mistake, each made in a copy of the real content: `hoshin check` names the file and
 * line, exits 1, prints no stack trace and leaves the existing site/ untouched.
 */
class CheckBrokenContentTest {

    private static final String PILLAR = "content/wards/izumi/2022/ja/pillars/01.md";
    private static final String INITIATIVE = "content/wards/izumi/2022/ja/pillars/01/01.md";

    @TempDir
    Path temp;
    Path content;
    Path site;
    byte[] siteBefore;

    @TempDir
    static Path shared;
    static Path builtSite;

    /** One build of the fixture, which passes check; each test breaks its own copy of the content. */
    @BeforeAll
    static void buildOnceAndCheckTheFixture() throws IOException {
        Path content = org.hoshin.testing.Trees.copy(org.hoshin.testing.Fixture.CONTENT, shared.resolve("content"));
        builtSite = shared.resolve("site");
        assertEquals(0, ContentFixture.run(shared, "build", "--content", content.toString(), "--out",
                builtSite.toString()).exitCode());
        assertEquals(0, ContentFixture.run(shared, "check", "--content", content.toString()).exitCode(),
                "the fixture passes check");
    }

    @BeforeEach
    void copyContentAndSite() throws IOException {
        content = org.hoshin.testing.Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
        site = org.hoshin.testing.Trees.copy(builtSite, temp.resolve("site"));
        siteBefore = Files.readAllBytes(site.resolve("ja/wards/izumi/index.html"));
    }

    @Test
    void badYamlIndentation() throws IOException {
        edit(PILLAR, "title: とどけよう！ いずみの魅力", "  title: とどけよう！ いずみの魅力");
        assertReported(PILLAR + ":3: this line does not line up", "left edge");
    }

    @Test
    void tabInYaml() throws IOException {
        edit(PILLAR, "title: とどけよう", "\ttitle: とどけよう");
        assertReported(PILLAR + ":3:1: a tab is used for indentation", "replace the tab with spaces");
    }

    @Test
    void duplicateId() throws IOException {
        edit("content/wards/izumi/2022/ja/pillars/01/02.md", "id: p1-2", "id: p1-1");
        assertReported("content/wards/izumi/2022/ja/pillars/01/02.md:2:1: duplicate id 'p1-1'", "give this new item another id");
    }

    @Test
    void unknownKey() throws IOException {
        edit(INITIATIVE, "program:", "programme:");
        assertReported(INITIATIVE + ":4:1: unknown key 'programme'", "did you mean 'program'?");
    }

    @Test
    void linkToAMissingAnchor() throws IOException {
        append(INITIATIVE, "\n詳しくは[防災の取組](#p9-9)をご覧ください。\n");
        assertReported(INITIATIVE + ":11:", "link to a missing anchor '#p9-9'");
    }

    @Test
    void scriptInMarkdown() throws IOException {
        append(INITIATIVE, "\n<script>alert(1)</script>\n");
        assertReported(INITIATIVE + ":11:1: raw HTML <script> is not allowed", "write Markdown instead of HTML");
    }

    @Test
    void eventHandlerAttribute() throws IOException {
        append(INITIATIVE, "\n本文 <span onclick=\"steal()\">ここ</span> です。\n");
        assertReported(INITIATIVE + ":11:", "event-handler attribute");
    }

    @Test
    void javascriptUrl() throws IOException {
        append(INITIATIVE, "\n[詳しく](javascript:alert(1))\n");
        assertReported(INITIATIVE + ":11:1: unsafe link 'javascript:alert(1)'", "https://");
    }

    @Test
    void iframe() throws IOException {
        append(INITIATIVE, "\n<iframe src=\"https://example.com\"></iframe>\n");
        assertReported(INITIATIVE + ":11:1: raw HTML <iframe> is not allowed", "Markdown");
    }

    @Test
    void fileThatIsNotUtf8() throws IOException {
        Path file = content.resolve("wards/izumi/2022/ja/pillars/01/03.md");
        String text = Files.readString(file);
        Files.write(file, text.getBytes(Charset.forName("Shift_JIS")));
        assertReported("content/wards/izumi/2022/ja/pillars/01/03.md:3: the file is not UTF-8 text", "Shift_JIS");
    }

    @Test
    void emptyFile() throws IOException {
        Files.writeString(content.resolve("wards/izumi/2022/ja/columns/02.md"), "");
        assertReported("content/wards/izumi/2022/ja/columns/02.md:1: the file is empty", "delete the file");
    }

    @Test
    void unknownWard() throws IOException {
        edit("content/wards/izumi/ward.yaml", "id: izumi", "id: izumii");
        assertReported("content/wards/izumi/ward.yaml:1:1: unknown ward 'izumii'", "use one of");
    }

    @Test
    void invalidFiscalYear() throws IOException {
        Path wardDir = content.resolve("wards/izumi");
        Files.move(wardDir.resolve("2022"), wardDir.resolve("1900"));
        assertReported("content/wards/izumi/1900: invalid fiscal year folder '1900'", "Gregorian");
    }

    @Test
    void emptyTitle() throws IOException {
        edit(INITIATIVE, "title: 泉区の魅力づくりと発信", "title: \"\"");
        assertReported(INITIATIVE + ":3:", "'title' is empty");
    }

    @Test
    void missingTranslation() throws IOException {
        Files.delete(content.resolve("wards/izumi/2022/en/pillars/01.md"));
        ContentFixture.Result warn = check();
        assertEquals(0, warn.exitCode(), "a missing translation is a warning by default");
        assertTrue(warn.err().contains(PILLAR + ":1: warning: no English translation"), warn.err());
        assertReported(PILLAR + ":1: no English translation", "content/wards/izumi/2022/en/pillars/01.md",
                "--strict-translations");
    }

    @Test
    void staleTranslation() throws IOException {
        append("content/wards/izumi/2022/ja/pillars/02.md", "\n編集で加えた一文です。\n");
        assertReported("content/wards/izumi/2022/en/pillars/02.md:1: English translation is out of date",
                "content/wards/izumi/2022/ja/pillars/02.md changed", "--strict-translations");
    }

    @Test
    void githubActionsAnnotationsNameFileAndLine() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        new Diagnostics(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8), true).errors(java.util.List.of(
                new org.hoshin.content.ContentError(new org.hoshin.content.Location(Path.of(PILLAR), 3, 1),
                        "invalid YAML: 50% wrong", "fix it")));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("::error file=" + PILLAR + ",line=3,col=1::invalid YAML: 50%25 wrong (fix it)"),
                printed);
    }

    private void assertReported(String locationAndMessage, String hint, String... extraArgs) throws IOException {
        ContentFixture.Result r = check(extraArgs);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains(locationAndMessage), "expected '" + locationAndMessage + "' in:\n" + r.err());
        assertTrue(r.err().contains(hint), "expected hint '" + hint + "' in:\n" + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace:\n" + r.err());
        assertEquals(new String(siteBefore, StandardCharsets.UTF_8),
                Files.readString(site.resolve("ja/wards/izumi/index.html")), "site/ untouched");
    }

    private ContentFixture.Result check(String... extraArgs) {
        String[] args = new String[3 + extraArgs.length];
        args[0] = "check";
        args[1] = "--content";
        args[2] = content.toString();
        System.arraycopy(extraArgs, 0, args, 3, extraArgs.length);
        return ContentFixture.run(temp, args);
    }

    private void edit(String path, String from, String to) throws IOException {
        ContentFixture.edit(temp, path, from, to);
    }

    private void append(String path, String text) throws IOException {
        ContentFixture.append(temp, path, text);
    }
}
