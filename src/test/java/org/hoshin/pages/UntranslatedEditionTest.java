package org.hoshin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hoshin.content.FiscalYear;
import org.hoshin.content.YokohamaWards;
import org.hoshin.testing.BuiltSite;
import org.hoshin.testing.Trees;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition with no English at all, whose printed title lacks the ward's name (「令和9年度運営方針」-style): the
 * English page says once that it is untranslated, is titled with the English ward name and fiscal year, marks every
 * Japanese text lang="ja"; the Japanese page names the ward in its heading and keeps the printed title in the source
 * section. The edition is the fixture's first.
 */
class UntranslatedEditionTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final String PRINTED = "運営方針（テスト用の題名）";

    @TempDir
    static Path temp;
    static Path site;
    static String ward;
    static int year;

    @BeforeAll
    static void build() throws Exception {
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
        try (Stream<Path> wards = Files.list(content.resolve("wards"))) {
            Path wardDir = wards.sorted().findFirst().orElseThrow();
            ward = wardDir.getFileName().toString();
            try (Stream<Path> years = Files.list(wardDir)) {
                Path edition = years.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
                year = Integer.parseInt(edition.getFileName().toString());
                try (Stream<Path> english = Files.walk(edition.resolve("en"))) {
                    for (Path file : english.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
                Path index = edition.resolve("ja/index.md");
                Files.writeString(index, Files.readString(index).replaceFirst("(?m)^title: .*$", "title: " + PRINTED));
            }
        }
        site = BuiltSite.build(content, temp.resolve("site"));
    }

    private static Document page(String lang) throws Exception {
        return BuiltSite.page(site, lang + "/wards/" + ward + "/" + year + "/index.html");
    }

    @Test
    void theEnglishPageIsTitledInEnglishAndSaysOnceThatItIsNotTranslated() throws Exception {
        Document page = page("en");
        YokohamaWards.Entry names = YokohamaWards.byId(ward).orElseThrow();
        String fiscalYear = new FiscalYear(year).english();
        assertTrue(page.selectFirst("h1").text().contains(names.english()), page.selectFirst("h1").text());
        assertTrue(page.selectFirst("h1").text().contains(fiscalYear));
        assertFalse(JAPANESE.matcher(page.title()).find(), page.title());
        assertEquals(1, page.select("main .translation-notice").size(), "one notice, at the top");
    }

    @Test
    void everyJapaneseTextOnTheEnglishPageIsMarkedJapanese() throws Exception {
        Element main = page("en").selectFirst("main").clone();
        main.select("[lang=ja]").remove();
        assertFalse(JAPANESE.matcher(main.text()).find(), main.text());
    }

    @Test
    void aTitleWithoutTheWardNameIsShownWithItAndKeptAsPrinted() throws Exception {
        Document page = page("ja");
        String heading = page.selectFirst("h1").text();
        assertTrue(heading.contains(YokohamaWards.byId(ward).orElseThrow().japaneseWithKu()), heading);
        assertTrue(heading.contains(new FiscalYear(year).japanese()), heading);
        assertTrue(page.getElementById("source").text().contains(PRINTED));
    }
}
