package org.hoshin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hoshin.check.LinkChecker;
import org.hoshin.site.SiteBuilder;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.BuiltSite;
import org.hoshin.testing.TwoEditions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "what changed" pages, built from the real content plus an earlier edition of Izumi Ward made for the test. */
class ChangesPagesTest {

    private static final String PAGE = "ja/wards/izumi/2022/changes/index.html";

    @TempDir
    static Path temp;
    static Path content;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        content = TwoEditions.create(temp.resolve("content"));
        site = temp.resolve("site");
        new SiteBuilder(new SiteConfig(BuiltSite.PROJECT, content, BuiltSite.PROJECT.resolve("templates"), site,
                "https://example.org/hoshin/")).build();
    }

    private static Element row(Document page, String title) {
        return page.select("tbody.change").stream().filter(r -> r.selectFirst(".change-head").text().contains(title))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + title));
    }

    @Test
    void onlyAnEditionWithAnEarlierOneHasAChangesPageInBothLanguages() throws Exception {
        try (Stream<Path> files = Files.walk(site)) {
            List<String> pages = files.map(p -> site.relativize(p).toString()).filter(p -> p.contains("/changes/"))
                    .sorted().toList();
            assertEquals(List.of("en/wards/izumi/2022/changes/index.html", PAGE), pages);
        }
        Document edition = BuiltSite.page(site, "ja/wards/izumi/2022/index.html");
        Element link = edition.selectFirst(".policy-header .changes-link a");
        assertNotNull(link);
        assertEquals("changes/", link.attr("href").replace("../../../../ja/wards/izumi/2022/", ""));
        assertTrue(link.text().contains("令和3年度"), link.text());
        assertNull(BuiltSite.page(site, "ja/wards/izumi/2021/index.html").selectFirst(".changes-link"));
        assertNull(BuiltSite.page(site, "ja/wards/konan/index.html").selectFirst(".changes-link"));
    }

    @Test
    void marksTheDroppedAndTheAddedSentenceWithLabelledDelAndIns() throws Exception {
        Document page = BuiltSite.page(site, PAGE);
        Element dropped = row(page, "泉区の魅力づくりと発信");
        Element del = dropped.selectFirst("td.side-old del");
        assertNotNull(del, dropped.outerHtml());
        assertEquals("[削除] " + TwoEditions.DROPPED_SENTENCE, del.text());
        assertEquals("[削除]", del.selectFirst(".visually-hidden").text());
        assertTrue(dropped.select("td.side-new ins, td.side-new del").isEmpty(), "nothing added on the new side");

        Element added = row(page, "いずみ伝統文化の保存・普及・継承");
        Element ins = added.selectFirst("td.side-new ins");
        assertNotNull(ins, added.outerHtml());
        assertEquals("[追加] " + TwoEditions.ADDED_SENTENCE, ins.text());
        assertTrue(added.select("td.side-old del").isEmpty());
        assertEquals(2, page.select("table.changes thead th[scope=col]").stream()
                .filter(th -> th.closest("section#pillars") != null).count());
    }

    @Test
    void anAddedInitiativeIsNewOnTheOldSideAndARemovedOneDeletedOnTheNewSide() throws Exception {
        Document page = BuiltSite.page(site, PAGE);
        String addedTitle = Files.readString(content.resolve("wards/izumi/2022/ja/pillars/03/03.md")).lines()
                .filter(l -> l.startsWith("title: ")).findFirst().orElseThrow().substring(7);
        Element added = row(page, addedTitle);
        assertTrue(added.hasClass("change-added"));
        assertEquals("（新設）", added.selectFirst("td.side-old").text().replace("令和3年度（旧）", "").strip());
        assertTrue(added.selectFirst("td.side-new").text().contains(addedTitle));

        Element removed = row(page, TwoEditions.REMOVED_TITLE);
        assertTrue(removed.hasClass("change-removed"));
        assertEquals("（削除）", removed.selectFirst("td.side-new").text().replace("令和4年度（新）", "").strip());
        assertTrue(removed.selectFirst("td.side-old").text().contains(TwoEditions.REMOVED_TITLE));
    }

    @Test
    void matchesAnItemByTitleWhenItsIdChangedAndMarksTheChangedWord() throws Exception {
        Document page = BuiltSite.page(site, PAGE);
        Element row = row(page, "泉区アクションプランの推進");
        assertTrue(row.hasClass("change-changed"), row.outerHtml());
        assertEquals("[削除] " + TwoEditions.OLD_TITLE_WORD, row.selectFirst("td.side-old .change-item-title del")
                .text());
        assertEquals("[追加] 推進", row.selectFirst("td.side-new .change-item-title ins").text());
        assertTrue(row.selectFirst("td.side-old a").attr("href").endsWith("/2021/#" + TwoEditions.OLD_ID));
        assertTrue(row.selectFirst("td.side-new a").attr("href").endsWith("/2022/#p4-1"));
        assertTrue(page.select("tbody.change").stream().noneMatch(r -> r.text().contains(TwoEditions.OLD_ID)));
    }

    @Test
    void collapsesUnchangedItemsToACountOfThem() throws Exception {
        Path pillars = content.resolve("wards/izumi/2022/ja/pillars");
        long items;
        try (Stream<Path> files = Files.walk(pillars)) {
            items = files.filter(p -> p.toString().endsWith(".md")).count(); // the introduction (index.md) too
        }
        long touched = 5; // p1-1, p1-2, p3-2 (moved), p3-3 (added), p4-1; p2-4 exists only in 2021
        Element details = BuiltSite.page(site, PAGE).selectFirst("section#pillars details.unchanged");
        assertEquals("変更のない項目（" + (items - touched) + "件）", details.selectFirst("summary").text());
        assertEquals(items - touched, details.select("li a").size());
        assertFalse(BuiltSite.page(site, PAGE).select("section#goal details.unchanged li").isEmpty(),
                "the basic goal did not change");
    }

    @Test
    void everyLinkOnTheChangesPagesResolves() throws Exception {
        assertEquals(List.of(), new LinkChecker().check(site, "/hoshin/"));
    }

    @Test
    void theEnglishPageShowsEnglishWhereBothYearsAreTranslatedAndJapaneseElsewhere() throws Exception {
        Document page = BuiltSite.page(site, "en/wards/izumi/2022/changes/index.html");
        assertEquals("en", page.selectFirst("html").attr("lang"));
        Element stale = row(page, "泉区の魅力づくりと発信");
        assertEquals("ja", stale.selectFirst("td.side-old").attr("lang"), "the 2021 English is stale");
        assertEquals("[deleted] " + TwoEditions.DROPPED_SENTENCE, stale.selectFirst("td.side-old del").text());
        Element added = page.select("tbody.change-added").first();
        assertEquals("en", added.selectFirst("td.side-new").attr("lang"), "a new item's current English is shown");
        assertEquals("(new item)", added.selectFirst("td.side-old p").text());
    }

    @Test
    void theEnglishPageComparesTheBasicGoalInEnglishWhenBothYearsAreCurrent() throws Exception {
        Document page = BuiltSite.page(site, "en/wards/izumi/2022/changes/index.html");
        Element goal = page.selectFirst("section#goal details.unchanged li a");
        assertNotNull(goal, "the basic goal did not change");
        assertEquals("en", goal.attr("lang"), "both years' English index.md are current");
    }

    @Test
    void aRowsPillarTitleCarriesItsOwnLanguageNotTheRows() throws Exception {
        Document page = BuiltSite.page(site, "en/wards/izumi/2022/changes/index.html");
        String englishPillar = Files.readString(content.resolve("wards/izumi/2022/en/pillars/01.md")).lines()
                .filter(l -> l.startsWith("title: ")).findFirst().orElseThrow().substring(7);
        Element stale = row(page, "泉区の魅力づくりと発信");
        assertEquals("ja", stale.selectFirst("td.side-old").attr("lang"), "the row falls back to Japanese");
        Element context = stale.selectFirst(".change-head .context");
        assertEquals(englishPillar, context.text());
        assertEquals("en", context.attr("lang"));
    }

    @Test
    void anInitiativeMovedToAnotherPillarIsOneChangedRowNamingThePillarItCameFrom() throws Exception {
        String title = Files.readString(content.resolve("wards/izumi/2022/ja/pillars/03/02.md")).lines()
                .filter(l -> l.startsWith("title: ")).findFirst().orElseThrow().substring(7);
        String oldPillar = Files.readString(content.resolve("wards/izumi/2021/ja/pillars/02.md")).lines()
                .filter(l -> l.startsWith("title: ")).findFirst().orElseThrow().substring(7);
        Document page = BuiltSite.page(site, PAGE);
        List<Element> rows = page.select("tbody.change").stream()
                .filter(r -> r.selectFirst(".change-head").text().contains(title)).toList();
        assertEquals(1, rows.size(), "one row, not a removed and an added one");
        Element row = rows.get(0);
        assertTrue(row.hasClass("change-changed"), row.outerHtml());
        Element moved = row.selectFirst(".change-head .moved");
        assertNotNull(moved, row.outerHtml());
        assertTrue(moved.text().startsWith("施策2から移動"), moved.text());
        assertEquals(oldPillar, moved.selectFirst("span[lang]").text());
        assertTrue(row.selectFirst("td.side-old a").attr("href").endsWith("/2021/#" + TwoEditions.MOVED_ID));
        assertTrue(row.selectFirst("td.side-new a").attr("href").endsWith("/2022/#" + TwoEditions.MOVED_ID));

        Element english = BuiltSite.page(site, "en/wards/izumi/2022/changes/index.html")
                .getElementById(row.selectFirst(".change-head").id()).selectFirst(".moved");
        assertTrue(english.text().startsWith("Moved from pillar 2:"), english.text());
        assertEquals("en", english.selectFirst("span[lang]").attr("lang"));
    }

    private static void assertNull(Object value) {
        assertEquals(null, value);
    }
}
