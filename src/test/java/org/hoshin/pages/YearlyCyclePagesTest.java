package org.hoshin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hoshin.seed.Importer;
import org.hoshin.site.SiteBuilder;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.BuiltSite;
import org.hoshin.testing.MadeUpWard;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of a ward after its next edition was imported ({@link MadeUpWard}): the changes page pairs items by what
 * they are, never by their places, and shows every part an editor changes (introductions and 補足 included); an
 * English file left behind when the Japanese files are reordered is never shown under another item's anchor.
 */
class YearlyCyclePagesTest {

    private static final String CHANGES = "ja/wards/sakae/2024/changes/index.html";
    private static final String INTRO = "栄区は、3つの柱で基本目標の実現を目指します。";
    private static final String INTRO_ADDED = "各柱の取組は毎年見直します。";
    private static final String NOTE = "予算の詳細は区のホームページに掲載しています。";
    private static final String NOTE_ADDED = "事業の進み具合は年度末に報告します。";

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void importBothYearsAndBuild() throws Exception {
        Path content = importBothYears(temp.resolve("cycle"));
        for (int year : new int[] {2023, 2024}) {
            Path ja = MadeUpWard.edition(content, year).resolve("ja");
            String added = year == 2024 ? INTRO_ADDED : "";
            Files.writeString(ja.resolve("pillars/index.md"), INTRO + added + "\n");
            Files.writeString(ja.resolve("notes.md"), NOTE + (year == 2024 ? NOTE_ADDED : "") + "\n");
        }
        site = build(content, temp.resolve("cycle/site"));
    }

    /** The made-up ward's first year imported and translated, then its next year imported. */
    static Path importBothYears(Path dir) throws Exception {
        Path seeds = dir.resolve("seeds");
        Path content = org.hoshin.testing.Fixture.withSiteFile(dir.resolve("content"));
        MadeUpWard.seed(seeds, "sakae-2023.txt", MadeUpWard.FIRST);
        new Importer().run(seeds, content, false);
        MadeUpWard.translate(MadeUpWard.edition(content, 2023));
        MadeUpWard.seed(seeds, "sakae-2024.txt", MadeUpWard.NEXT);
        new Importer().run(seeds, content, false);
        return content;
    }

    static Path build(Path content, Path out) throws Exception {
        new SiteBuilder(new SiteConfig(content.getParent(), content, BuiltSite.PROJECT.resolve("templates"), out,
                "https://example.org/")).build();
        return out;
    }

    @Test
    void theChangesPagePairsTheMovedItemsAndMarksOnlyWhatChanged() throws Exception {
        Document page = BuiltSite.page(site, CHANGES);
        Element changed = row(page, MadeUpWard.DISASTER);
        assertEquals("change change-changed", changed.className());
        assertTrue(changed.select("td.side-new ins").text().contains("外国語版"),
                changed.outerHtml());
        assertEquals("change change-added", row(page, MadeUpWard.NEW_TITLE).className());
        assertEquals("change change-removed", row(page, MadeUpWard.DROPPED_TITLE).className());
        assertTrue(page.select("section#pillars details.unchanged li").text().contains(MadeUpWard.PATROL),
                "moved but unchanged");
        assertOnlyLikeItemsPaired(page);
    }

    @Test
    void idsGivenByPositionDoNotPairUnrelatedItems() throws Exception {
        Path content = importBothYears(temp.resolve("positional"));
        // as an import before ids followed their items wrote it: the first file of pillar 1 is p1-1, whatever it is
        Path pillar1 = MadeUpWard.edition(content, 2024).resolve("ja/pillars/01");
        String first = Files.readString(pillar1.resolve("01.md"));
        String second = Files.readString(pillar1.resolve("02.md"));
        String firstId = id(first);
        String secondId = id(second);
        Files.writeString(pillar1.resolve("01.md"), first.replace("id: " + firstId, "id: " + secondId));
        Files.writeString(pillar1.resolve("02.md"), second.replace("id: " + secondId, "id: " + firstId));
        Document page = BuiltSite.page(build(content, temp.resolve("positional/site")), CHANGES);
        assertOnlyLikeItemsPaired(page);
        assertTrue(page.select("section#pillars details.unchanged li").text().contains(MadeUpWard.PATROL));
        assertEquals("change change-changed", row(page, MadeUpWard.DISASTER).className());
    }

    @Test
    void aChangedIntroductionAndAChangedNoteShowWithTheirAddedWords() throws Exception {
        Document page = BuiltSite.page(site, CHANGES);
        Element intro = page.selectFirst("section#pillars tbody.change-changed:has(ins:containsOwn("
                + INTRO_ADDED + "))");
        assertNotNull(intro, page.select("section#pillars").outerHtml());
        assertTrue(intro.selectFirst(".change-head").text().contains("施策の前文"), intro.outerHtml());
        Element notes = page.selectFirst("section#notes tbody.change-changed");
        assertNotNull(notes, "a notes part with the change");
        assertEquals(NOTE_ADDED, notes.selectFirst("td.side-new ins").ownText());
        assertTrue(notes.selectFirst(".change-head").text().contains("補足"));
        assertEquals("#notes-heading", notes.selectFirst("td.side-new .to-item a").attr("href")
                .replaceAll(".*#", "#"));
    }

    @Test
    void englishPagesOfTheNewEditionNameItsYearWhileTheCarriedTitleIsOutOfDate() throws Exception {
        // import carried last year's English title over; it names last year's policy until it is translated again
        for (String page : List.of("en/wards/sakae/2024/index.html", "en/wards/sakae/2024/changes/index.html")) {
            Document document = BuiltSite.page(site, page);
            assertTrue(document.selectFirst("h1").text().contains("FY2024"), page + ": " + document.selectFirst("h1"));
            assertTrue(document.title().contains("FY2024"), page + ": " + document.title());
        }
    }

    @Test
    void reorderedJapaneseFilesNeverShowOneItemsEnglishUnderAnother() throws Exception {
        Path content = importBothYears(temp.resolve("reorder"));
        Path pillar1 = MadeUpWard.edition(content, 2023).resolve("ja/pillars/01");
        // the guide's way to reorder: rename the Japanese files (and forget the English ones)
        MadeUpWard.swapFirstTwo(pillar1);
        Path built = build(content, temp.resolve("reorder/site"));
        Document en = BuiltSite.page(built, "en/wards/sakae/2023/index.html");
        Document ja = BuiltSite.page(built, "ja/wards/sakae/2023/index.html");
        for (String title : List.of(MadeUpWard.DISASTER, MadeUpWard.PATROL)) {
            String id = ja.select("article.initiative").stream()
                    .filter(a -> a.selectFirst("h4").text().equals(title)).findFirst().orElseThrow().id();
            Element item = en.getElementById(id);
            assertNotNull(item, id);
            for (String other : List.of(MadeUpWard.DISASTER, MadeUpWard.PATROL)) {
                if (!other.equals(title)) {
                    assertFalse(item.text().contains(MadeUpWard.english(other)), id + " shows the English of "
                            + other + ": " + item.outerHtml());
                }
            }
        }
    }

    /** Every changed row pairs items with the same title (this fixture renames nothing). */
    private static void assertOnlyLikeItemsPaired(Document page) {
        for (Element changed : page.select("tbody.change-changed")) {
            Element newer = changed.selectFirst("td.side-new .change-item-title");
            Element older = changed.selectFirst("td.side-old .change-item-title");
            if (newer != null || older != null) {
                assertNotNull(newer, changed.outerHtml());
                assertNotNull(older, changed.outerHtml());
                assertEquals(newer.text(), older.text(), "a changed row pairs two different items");
            }
        }
    }

    private static Element row(Document page, String title) {
        return page.select("tbody.change").stream().filter(r -> r.selectFirst(".change-head").text().contains(title))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + title));
    }

    private static String id(String file) throws IOException {
        return file.lines().filter(l -> l.startsWith("id: ")).findFirst().orElseThrow().substring(4);
    }
}
