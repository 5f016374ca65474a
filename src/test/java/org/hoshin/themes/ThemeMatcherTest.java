package org.hoshin.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLoader;
import org.hoshin.search.JapaneseAnalysis;
import org.hoshin.search.Term;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Themes assigned on the real content and themes list. Which initiatives are about disaster preparedness or
 * traffic safety was judged by reading their titles and texts, not by running the matcher.
 */
class ThemeMatcherTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    /** Every ward's disaster-preparedness initiatives (災害に強いまちづくり, 地域防災力…), read from the content. */
    private static final List<String> DISASTER = List.of("asahi/2022#p1-1", "izumi/2022#p3-1",
            "kanazawa/2022#p1-1", "kanazawa/2022#p1-2", "kohoku/2022#p1-2", "konan/2021#p1-1");
    /** Crime-prevention and traffic-safety initiatives (防犯・交通安全, 交通安全対策, 歩行者の安全…). */
    private static final List<String> TRAFFIC = List.of("asahi/2022#p1-2", "izumi/2022#p3-2", "izumi/2022#p3-3",
            "kohoku/2022#p1-3", "konan/2021#p1-3", "konan/2021#p4-3");

    static ThemeAssignments real;

    @BeforeAll
    static void assignRealContent() throws ContentException {
        real = load(org.hoshin.testing.Fixture.CONTENT, org.hoshin.testing.Fixture.ROOT);
    }

    private static ThemeAssignments load(Path content, Path root) throws ContentException {
        ContentLoader loader = new ContentLoader(root);
        return ThemeLoader.load(loader.load(content), content, loader::display);
    }

    private static List<String> ids(ThemeAssignments assignments, String theme) {
        return assignments.in(assignments.themes().find(theme).orElseThrow()).stream()
                .map(i -> i.ward().id() + "/" + i.edition().fiscalYear().start() + "#" + i.initiative().id())
                .toList();
    }

    private static ThemedInitiative item(ThemeAssignments assignments, String ward, int year, String id) {
        return assignments.of(ward, year).get(id);
    }

    @Test
    void everyWardsDisasterPreparednessInitiativesAreInTheDisasterTheme() {
        List<String> bosai = ids(real, "bosai");
        for (String id : DISASTER) {
            assertTrue(bosai.contains(id), id + " should be in 防災・減災, which has " + bosai);
        }
    }

    @Test
    void trafficSafetyInitiativesAreNotInTheDisasterThemeByAccident() {
        List<String> bosai = ids(real, "bosai");
        List<String> bohan = ids(real, "bohan");
        for (String id : TRAFFIC) {
            assertFalse(bosai.contains(id), id + " is about crime or traffic, not disasters");
            assertTrue(bohan.contains(id), id + " should be in 防犯・交通安全, which has " + bohan);
        }
    }

    @Test
    void keywordsMatchWordsAsSearchSegmentsThem() throws ContentException {
        JapaneseAnalysis analysis = new JapaneseAnalysis(null);
        java.util.function.Function<String, List<String>> terms = t -> analysis.analyze(t).stream()
                .map(Term::term).toList();
        assertEquals(1, ThemeMatcher.occurrences(terms.apply("地域防災拠点の運営を支援します"), terms.apply("防災")));
        assertEquals(0, ThemeMatcher.occurrences(terms.apply("防犯パトロールを実施します"), terms.apply("防災")));
        assertEquals(1, ThemeMatcher.occurrences(terms.apply("地域包括ケアシステムの構築"), terms.apply("地域包括ケア")));
        assertEquals(0, ThemeMatcher.occurrences(terms.apply("地域の包括的なケア"), terms.apply("地域包括ケア")));
    }

    @Test
    void aPassingMentionInTheTextDoesNotCount() {
        // 災害に強いまちづくり mentions 福祉 once in its text (福祉避難所): a score, but below the threshold.
        ThemedInitiative asahi = item(real, "asahi", 2022, "p1-1");
        ThemeScore welfare = asahi.scores().stream().filter(s -> s.theme().id().equals("fukushi")).findFirst()
                .orElseThrow();
        assertEquals(ThemeScore.Decision.BELOW_THRESHOLD, welfare.decision());
        assertTrue(welfare.points() > 0 && welfare.points() < real.themes().scoring().threshold());
        assertFalse(asahi.themes().contains(welfare.theme()));
    }

    @Test
    void anEditorAddsAndRemovesThemesInTheFrontMatter(@TempDir Path temp) throws IOException, ContentException {
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
        // 泉区の魅力づくりと発信 has no disaster words; 地域防災力の向上 is the ward's main disaster initiative.
        addFrontMatter(content.resolve("wards/izumi/2022/ja/pillars/01/01.md"), "themes: [bosai]");
        addFrontMatter(content.resolve("wards/izumi/2022/ja/pillars/03/01.md"), "themes:\n- -bosai\n- kenko");
        ThemeAssignments edited = load(content, temp);
        List<String> bosai = ids(edited, "bosai");
        assertTrue(bosai.contains("izumi/2022#p1-1"), "added");
        assertFalse(bosai.contains("izumi/2022#p3-1"), "removed although its words match");
        assertTrue(ids(edited, "kenko").contains("izumi/2022#p3-1"), "added in the same list");
        assertFalse(ids(real, "bosai").contains("izumi/2022#p1-1"));
        assertTrue(item(edited, "izumi", 2022, "p3-1").scores().stream()
                .anyMatch(s -> s.theme().id().equals("bosai") && s.decision() == ThemeScore.Decision.REMOVED
                        && s.points() >= edited.themes().scoring().threshold()));
    }

    @Test
    void anUnknownThemeIdIsReportedAtItsLine(@TempDir Path temp) throws IOException {
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
        addFrontMatter(content.resolve("wards/izumi/2022/ja/pillars/01/01.md"), "themes: [bosia]");
        ContentException e = assertThrows(ContentException.class, () -> load(content, temp));
        ContentError error = e.errors().get(0);
        assertEquals(1, e.errors().size(), e.getMessage());
        assertTrue(error.format().startsWith("content/wards/izumi/2022/ja/pillars/01/01.md:2:"), error.format());
        assertTrue(error.message().contains("unknown theme 'bosia'"), error.message());
        assertTrue(error.hint().contains("bosai"), "the hint lists the ids: " + error.hint());
    }

    @Test
    void aPillarsTitleLiftsAnInitiativeThatNamesTheThemeOnceButNeverCarriesOneThatDoesNot(@TempDir Path temp)
            throws IOException, ContentException {
        // one mention of 外国人 in p2-1's text is 1 point, below the threshold of 3, whatever pillar it stands under
        Path plainPillar = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("plain"));
        appendToBody(plainPillar.resolve("wards/izumi/2022/ja/pillars/02/01.md"), "外国人の方も参加できる催しを開きます。");
        assertFalse(ids(load(plainPillar, temp), "tabunka").contains("izumi/2022#p2-1"), "a passing mention");

        Path named = Trees.copy(plainPillar, temp.resolve("named"));
        retitle(named.resolve("wards/izumi/2022/ja/pillars/02.md"), "多文化共生のまちづくり");
        ThemeAssignments assignments = load(named, temp);
        List<String> tabunka = ids(assignments, "tabunka");
        assertTrue(tabunka.contains("izumi/2022#p2-1"), "its pillar names the theme: " + tabunka);
        assertFalse(tabunka.contains("izumi/2022#p2-2"), "the pillar alone never puts an initiative in a theme");
        ThemeScore score = item(assignments, "izumi", 2022, "p2-1").scores().stream()
                .filter(s -> s.theme().id().equals("tabunka")).findFirst().orElseThrow();
        assertEquals(ThemeScore.Decision.KEYWORDS, score.decision());
        assertTrue(score.hits().stream().anyMatch(h -> h.field() == KeywordHit.Field.PILLAR_TITLE
                && h.keyword().equals("多文化共生")), score.hits().toString());
        assertTrue(score.hits().stream().filter(h -> h.field().pillar()).mapToInt(KeywordHit::points).sum()
                <= assignments.themes().scoring().pillarLimit());

        var theme = assignments.themes().find("tabunka").orElseThrow();
        assertEquals(List.of("p2"), assignments.pillarsIn(theme, "izumi", 2022).stream().map(p -> p.pillar().id())
                .toList(), "the pillar is listed with the theme");
        assertEquals(List.of(), load(plainPillar, temp).pillarsIn(theme, "izumi", 2022));
    }

    /** Gives a pillar (or initiative) file a new title. */
    static void retitle(Path file, String title) throws IOException {
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: .*$", "title: " + title));
    }

    /** Adds a sentence at the end of a file's body. */
    static void appendToBody(Path file, String sentence) throws IOException {
        Files.writeString(file, Files.readString(file).stripTrailing() + sentence + "\n");
    }

    /** Inserts lines right after the opening '---' of a file's front matter (so they start on line 2). */
    static void addFrontMatter(Path file, String lines) throws IOException {
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst("^---\n", "---\n" + lines + "\n"));
    }

    @Test
    void lookupsReadAnIndexBuiltOnceThatAgreesWithAScanOfEveryItem() {
        for (ThemedInitiative item : real.items()) {
            String ward = item.ward().id();
            int year = item.edition().fiscalYear().start();
            var edition = real.of(ward, year);
            assertSame(edition, real.of(ward, year), "an index, not a scan per call");
            assertEquals(real.items().stream().filter(i -> i.ward().id().equals(ward)
                    && i.edition().fiscalYear().start() == year).map(i -> i.initiative().id()).toList(),
                    List.copyOf(edition.keySet()), "page order");
            for (var theme : real.themes().themes()) {
                assertEquals(real.items().stream().filter(i -> i.themes().contains(theme) && i.ward().id().equals(ward)
                        && i.edition().fiscalYear().start() == year).toList(), real.in(theme, ward, year));
            }
        }
        for (var theme : real.themes().themes()) {
            assertSame(real.in(theme), real.in(theme), "an index, not a scan per call");
            assertEquals(real.items().stream().filter(i -> i.themes().contains(theme)).toList(), real.in(theme));
        }
        assertEquals(real.items().stream().filter(i -> i.themes().isEmpty()).toList(), real.unthemed());
    }
}
