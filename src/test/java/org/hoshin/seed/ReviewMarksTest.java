package org.hoshin.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.SourceHash;
import org.hoshin.content.TerminalLanguage;
import org.hoshin.site.SiteBuilder;
import org.hoshin.site.SiteChecker;
import org.hoshin.stages.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A placement import was unsure of is marked in the content ({@code <!-- 要確認: … -->}): check warns at the mark's
 * file and line, in Japanese, saying how to confirm, until an editor deletes the line; the site never shows it;
 * deleting it leaves a translation current; any other HTML comment is still refused.
 */
class ReviewMarksTest {

    private static final Path SEED = SeedLayoutsTest.TEST_SEEDS.resolve("cross-cutting-konan-2019.txt");

    @TempDir
    Path temp;
    Path content;
    Path marked;
    private String language;

    @BeforeEach
    void importAndSpeakJapanese() throws Exception {
        language = System.getProperty(TerminalLanguage.PROPERTY);
        System.setProperty(TerminalLanguage.PROPERTY, "ja");
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Files.copy(SEED, seeds.resolve(SEED.getFileName()));
        content = org.hoshin.testing.Fixture.withSiteFile(temp.resolve("content"));
        new Importer().run(seeds, content, false);
        marked = content.resolve("wards/konan/2019/ja/columns/01.md");
    }

    @AfterEach
    void restoreLanguage() {
        if (language == null) {
            System.clearProperty(TerminalLanguage.PROPERTY);
        } else {
            System.setProperty(TerminalLanguage.PROPERTY, language);
        }
    }

    @Test
    void checkRemindsAtTheMarkUntilAnEditorDeletesIt() throws Exception {
        List<String> lines = Files.readAllLines(marked);
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("<!-- 要確認: ")).findFirst().orElseThrow()) + 1;
        assertTrue(lines.get(at - 1).contains("協働を進めるための取組"), lines.get(at - 1));
        List<ContentError> reminders = reviewWarnings();
        assertEquals(1, reminders.size(), reminders.toString());
        String said = reminders.get(0).format();
        assertTrue(said.startsWith(temp.relativize(marked) + ":" + at + ":"), said);
        assertTrue(said.contains("行を消してください"), "says how to confirm: " + said);

        String before = SourceHash.of(marked);
        Files.write(marked, lines.stream().filter(l -> !l.startsWith("<!-- 要確認")).toList());
        assertEquals(List.of(), reviewWarnings(), "confirmed by deleting the line");
        assertEquals(before, SourceHash.of(marked), "deleting the mark changes no word a translation translates");
    }

    @Test
    void theSiteNeverShowsTheMark() throws Exception {
        Path site = temp.resolve("site");
        new SiteBuilder(new SiteConfig(temp, content, Path.of("templates").toAbsolutePath(), site,
                "https://example.org/")).build();
        Document page = Jsoup.parse(site.resolve("ja/wards/konan/2019/index.html").toFile(), "UTF-8");
        assertTrue(page.text().contains("協働による地域づくり"), "the marked section is shown");
        assertFalse(page.html().contains("要確認"), "neither as text nor as a comment");
        try (var files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .contains(new String("要確認".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                                java.nio.charset.StandardCharsets.ISO_8859_1)), "no mark in " + file);
            }
        }
    }

    @Test
    void anyOtherHtmlCommentIsStillRefused() throws Exception {
        Files.writeString(marked, Files.readString(marked) + "\n<!-- 編集メモ: あとで直す -->\n");
        ContentException refused = assertThrows(ContentException.class, () -> new SiteBuilder(new SiteConfig(temp,
                content, Path.of("templates").toAbsolutePath(), temp.resolve("site"), "https://example.org/")).build());
        assertTrue(refused.errors().stream().anyMatch(e -> e.format().startsWith(temp.relativize(marked) + ":")),
                refused.errors().toString());
    }

    private List<ContentError> reviewWarnings() throws Exception {
        return new SiteChecker(new SiteConfig(temp, content, Path.of("templates").toAbsolutePath(),
                temp.resolve("site"), "https://example.org/")).check(false).warnings().stream()
                .filter(w -> w.format().contains("要確認")).toList();
    }
}
