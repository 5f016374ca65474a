package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hoshin.content.Sha256;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hoshin translations} on a copy of the real content: what changed since a translation (from a real git
 * history), marking a translation done, and the messages for a missing or unmarked translation.
 */
class TranslationsCommandTest {

    private static final String JA = "wards/izumi/2022/ja/pillars/01/02.md";
    private static final String EN = "wards/izumi/2022/en/pillars/01/02.md";
    private static final String OLD_LINE = "パネル展を実施します。";
    private static final String NEW_LINE = "パネル展を年２回実施します。";

    @TempDir
    Path temp;
    Path content;

    @BeforeEach
    void copyContent() throws IOException {
        content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
    }

    @Test
    void diffShowsTheJapaneseLinesChangedSinceTheTranslatedVersion() throws Exception {
        git("init", "-q");
        git("add", "content");
        git("commit", "-q", "-m", "translated");
        editJapanese();
        git("commit", "-q", "-am", "Japanese changed");

        ContentFixture.Result r = translations("--diff");
        assertEquals(0, r.exitCode(), r.err());
        List<String> diff = r.out().lines().filter(l -> l.startsWith("    ")).map(l -> l.substring(4)).toList();
        List<String> removed = diff.stream().filter(l -> l.startsWith("-") && !l.startsWith("---")).toList();
        List<String> added = diff.stream().filter(l -> l.startsWith("+") && !l.startsWith("+++")).toList();
        assertEquals(1, removed.size(), r.out());
        assertTrue(removed.get(0).contains(OLD_LINE) && !removed.get(0).contains(NEW_LINE), r.out());
        assertEquals(1, added.size(), r.out());
        assertTrue(added.get(0).contains(NEW_LINE), r.out());
        assertTrue(r.out().contains("@@ "), "a unified diff: " + r.out());
    }

    @Test
    void diffSaysPlainlyWhenTheTranslatedVersionIsNotInTheHistory() throws Exception {
        editJapanese();
        git("init", "-q");
        git("add", "content");
        git("commit", "-q", "-m", "only the changed Japanese was ever committed");

        ContentFixture.Result r = translations("--diff");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("the version it translates is not in the git history"), r.out());
        assertFalse(r.out().contains("@@ "), r.out());
    }

    @Test
    void markDoneRewritesOnlyTheHashAndIdLinesAndTheTranslationBecomesCurrent() throws Exception {
        editJapanese();
        List<String> before = Files.readAllLines(content.resolve(EN));
        assertTrue(translations().out().contains("1 stale"));

        ContentFixture.Result r = translations("--mark-done", content.resolve(EN).toString());
        assertEquals(0, r.exitCode(), r.err());

        List<String> after = new ArrayList<>(Files.readAllLines(content.resolve(EN)));
        int idLine = after.indexOf("source-id: " + japaneseId());
        assertTrue(idLine > 0 && after.get(idLine - 1).startsWith("source-sha256:"), "the item is recorded: " + after);
        after.remove(idLine);
        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            if (before.get(i).startsWith("source-sha256:")) {
                assertEquals("source-sha256: " + Sha256.of(Files.readAllBytes(content.resolve(JA))), after.get(i));
            } else {
                assertEquals(before.get(i), after.get(i), "line " + (i + 1) + " is left as it was");
            }
        }
        assertEquals("all translations are present and current", translations().out().strip());
    }

    @Test
    void markDoneAcceptsTheJapaneseFileAndAddsAMissingHashLineAfterTheOpeningDashes() throws Exception {
        Path en = content.resolve(EN);
        String withoutHash = Files.readString(en).replaceFirst("(?m)^source-sha256:.*\\n", "");
        Files.writeString(en, withoutHash);

        ContentFixture.Result r = translations("--mark-done", content.resolve(JA).toString());
        assertEquals(0, r.exitCode(), r.err());
        String expectedLine = "source-sha256: " + Sha256.of(Files.readAllBytes(content.resolve(JA)));
        assertEquals(withoutHash.replaceFirst("^---\\n", "---\n" + expectedLine + "\nsource-id: " + japaneseId()
                + "\n"), Files.readString(en));
        assertEquals("all translations are present and current", translations().out().strip());
    }

    @Test
    void markDoneRefusesWhenThereIsNoEnglishFile() throws Exception {
        Files.delete(content.resolve(EN));
        ContentFixture.Result r = translations("--mark-done", content.resolve(JA).toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("content/" + EN + ": there is no English file to mark"), r.err());
        assertFalse(Files.exists(content.resolve(EN)), "nothing was created");
    }

    @Test
    void aMissingTranslationsMessageGivesTheHashToRecord() throws Exception {
        Files.delete(content.resolve(EN));
        String out = translations().out();
        assertTrue(out.contains("content/" + JA + ":1: warning: no English translation"), out);
        assertTrue(out.contains("'source-sha256: " + Sha256.of(Files.readAllBytes(content.resolve(JA))) + "'"), out);
    }

    @Test
    void anEnglishFileWithoutSourceHashIsNotCalledOutOfDate() throws Exception {
        Path en = content.resolve(EN);
        Files.writeString(en, Files.readString(en).replaceFirst("(?m)^source-sha256:.*\\n", ""));
        String out = translations().out();
        assertTrue(out.contains("content/" + EN + ":1: warning: the English file does not say which Japanese "
                + "version it translates (after checking it, run 'bin/hoshin translations --mark-done content/" + EN
                + "')"), out);
        assertFalse(out.contains("out of date"), out);
        assertTrue(out.contains("izumi/2022: 0 stale, 0 missing, 1 not marked"), out);
    }

    @Test
    void buildCheckAndTranslationsWordAStaleTranslationTheSameWay() throws Exception {
        editJapanese();
        String built = ContentFixture.run(temp, "build", "--content", content.toString(), "--out",
                temp.resolve("site").toString(), "--site-url", "https://example.org/").err();
        String checked = ContentFixture.run(temp, "check", "--content", content.toString()).err();
        String listed = translations().out();
        String line = staleLine(listed);
        assertTrue(line.startsWith("content/" + EN + ":1: warning: English translation is out of date"), listed);
        assertEquals(line, staleLine(built), built);
        assertEquals(line, staleLine(checked), checked);
    }

    private static String staleLine(String output) {
        List<String> lines = output.lines().filter(l -> l.contains("out of date")).toList();
        assertEquals(1, lines.size(), output);
        return lines.get(0);
    }

    private ContentFixture.Result translations(String... options) {
        List<String> args = new ArrayList<>(List.of("translations", "--content", content.toString()));
        args.addAll(List.of(options));
        ContentFixture.Result r = ContentFixture.run(temp, args.toArray(String[]::new));
        return new ContentFixture.Result(r.exitCode(), r.out().replace(temp + "/", ""), r.err());
    }

    private void editJapanese() throws IOException {
        Path ja = content.resolve(JA);
        String text = Files.readString(ja);
        assertTrue(text.contains(OLD_LINE));
        Files.writeString(ja, text.replace(OLD_LINE, NEW_LINE));
    }

    private void git(String... args) throws Exception {
        org.hoshin.testing.Git.run(temp, args);
    }

    /** The id of the Japanese item, which --mark-done records with the hash. */
    private String japaneseId() throws IOException {
        return Files.readAllLines(content.resolve(JA)).stream().filter(l -> l.startsWith("id: ")).findFirst()
                .orElseThrow().substring(4);
    }
}
