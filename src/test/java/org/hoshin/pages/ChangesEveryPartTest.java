package org.hoshin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hoshin.check.LinkChecker;
import org.hoshin.testing.BuiltSite;
import org.hoshin.testing.Fixture;
import org.hoshin.testing.Trees;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changes page compares every part of an edition an editor can change, not only pillars and initiatives. Izumi
 * Ward of the fixture gets an earlier edition, a copy of its own, in which each of those parts differs by a few words:
 * the pillars' introduction, the closing notes (補足), a reference table's cell, a photo caption, the mascot, the
 * document's own label for the initiatives; and the later edition alone has an introduction to its management items.
 */
class ChangesEveryPartTest {

    private static final String PAGE = "ja/wards/izumi/2022/changes/index.html";

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path content = Fixture.contentWithWards(temp.resolve("content"), "izumi");
        Path izumi = content.resolve("wards/izumi");
        for (String lang : new String[] {"ja", "en"}) {
            Path tables = Files.createDirectories(izumi.resolve("2022/" + lang + "/tables"));
            Files.copy(Fixture.CONTENT.resolve("wards/asahi/2022/" + lang + "/tables/01.yaml"),
                    tables.resolve("01.yaml"));
        }
        Files.writeString(izumi.resolve("2022/ja/management/index.md"), "区役所の組織運営の考え方です。\n");
        Path old = Trees.copy(izumi.resolve("2022"), izumi.resolve("2021"));
        Files.delete(old.resolve("ja/management/index.md"));
        Path ja = old.resolve("ja");
        edit(ja.resolve("pillars/index.md"), "それぞれの主な事業です。", "それぞれの主要な事業です。");
        edit(ja.resolve("notes.md"), "予算をご覧ください。", "予算をご参照ください。");
        edit(ja.resolve("tables/01.yaml"), "  - 建築局", "  - 都市整備局");
        edit(ja.resolve("pillars/01/01.md"), "- プロモーション動画", "- プロモーション写真");
        edit(ja.resolve("index.md"), "role: 泉区マスコットキャラクター", "role: 泉区公式キャラクター");
        edit(ja.resolve("index.md"), "slogan: ", "initiatives-label: 主な取組\nslogan: ");
        site = BuiltSite.build(content, temp.resolve("site"));
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " no longer contains: " + from);
        Files.writeString(file, text.replace(from, to));
    }

    /** The one changed row of a part of the page whose head names {@code title}. */
    private static Element row(String part, String title) throws IOException {
        Document page = BuiltSite.page(site, PAGE);
        Element section = page.getElementById(part);
        assertNotNull(section, "no part " + part);
        return section.select("tbody.change").stream()
                .filter(r -> r.selectFirst(".change-head").text().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + title + " in " + section.outerHtml()));
    }

    /** The text of a row's side as a reader sees it, without the labels of marked words. */
    private static String readable(Element row, String column) {
        return readable(row.selectFirst("td.side-" + column)).replaceAll("^\\S+（(新|旧)）", "")
                .replaceAll("\\S+の本文で読む$", "").strip();
    }

    private static String readable(Element element) {
        Element copy = element.clone();
        copy.select(".visually-hidden, .side-label, .to-item, .change-extra").remove();
        return copy.text().replaceAll("\\s", "");
    }

    private static String marked(Element row, String column, String tag) {
        return String.join("|", row.select("td.side-" + column + " " + tag).eachText());
    }

    /** The changed row named {@code title} of a part, with words in it marked on each side, linking to its anchor. */
    private static Element changed(String part, String title, String inserted, String deleted, String anchor)
            throws IOException {
        Element row = row(part, title);
        assertTrue(row.hasClass("change-changed"), row.outerHtml());
        assertTrue(marked(row, "new", "ins").contains(inserted), row.outerHtml());
        assertTrue(marked(row, "old", "del").contains(deleted), row.outerHtml());
        assertTrue(row.selectFirst("td.side-new a").attr("href").endsWith("/2022/#" + anchor));
        return row;
    }

    @Test
    void aChangedIntroductionIsShownWithTheChangedWordsMarked() throws IOException {
        Element intro = changed("pillars", "施策の前文", "主", "主要", "pillars");
        assertEquals(readable(intro, "new"), readable(intro, "old").replace("主要な", "主な"), "nothing else differs");
    }

    @Test
    void aChangedNoteIsShownWithTheChangedWordsMarked() throws IOException {
        Element notes = changed("notes", "補足", "覧", "参照", "notes-heading");
        assertEquals(readable(notes, "new"), readable(notes, "old").replace("ご参照", "ご覧"), "nothing else differs");
    }

    @Test
    void anIntroductionOnlyTheNewerEditionHasIsAdded() throws IOException {
        Element intro = row("management", "組織運営の前文");
        assertTrue(intro.hasClass("change-added"), intro.outerHtml());
        assertTrue(intro.selectFirst("td.side-new").text().contains("区役所の組織運営の考え方です。"));
    }

    @Test
    void aChangedTableCellIsShown() throws IOException {
        changed("tables", "【参考】区で展開される主な局事業", "建築", "都市整備", "bureau-projects");
    }

    @Test
    void aChangedPhotoCaptionMakesItsItemChangedAndIsShownInItsList() throws IOException {
        Element item = row("pillars", "泉区の魅力づくりと発信");
        assertTrue(item.hasClass("change-changed"), item.outerHtml());
        Element captions = item.selectFirst("td.side-old .change-extra");
        assertNotNull(captions, item.outerHtml());
        assertEquals("写真の説明（冊子版に掲載）", captions.selectFirst(".photos-label").text());
        assertTrue(captions.select("li del").text().contains("写真"), captions.outerHtml());
        assertTrue(item.select("td.side-new .change-extra li ins").text().contains("動画"), item.outerHtml());
    }

    @Test
    void aChangedMascotChangesTheBasicGoal() throws IOException {
        Element goal = BuiltSite.page(site, PAGE).getElementById("goal").selectFirst("tbody.change-changed");
        assertNotNull(goal, "the mascot's role changed");
        Element mascots = goal.selectFirst("td.side-old .change-extra");
        assertEquals("マスコット", mascots.selectFirst(".photos-label").text());
        assertTrue(mascots.select("del").text().contains("公式"), mascots.outerHtml());
        Element line = goal.select("td.side-new .change-extra li").first().clone();
        line.select(".visually-hidden").remove();
        assertEquals("泉区マスコットキャラクター「いっずん」", line.text().replaceAll("\\s", ""));
    }

    @Test
    void aLabelTheNewerEditionDroppedIsShownOnTheOlderSide() throws IOException {
        Element intro = row("pillars", "施策の前文");
        Element label = intro.select("td.side-old .change-extra").stream()
                .filter(e -> e.selectFirst(".photos-label").text().equals("施策ごとの取組の見出し")).findFirst()
                .orElseThrow(() -> new AssertionError(intro.outerHtml()));
        assertEquals("[削除] 主な取組", label.selectFirst("li").text());
        assertTrue(intro.select("td.side-new .change-extra").isEmpty(), "the newer edition has no label");
    }

    @Test
    void theEnglishPageNamesTheListsInEnglish() throws IOException {
        Document en = BuiltSite.page(site, "en/wards/izumi/2022/changes/index.html");
        Element goal = en.getElementById("goal").selectFirst("tbody.change-changed");
        Element label = goal.selectFirst("td.side-old .change-extra .photos-label");
        assertEquals("Mascot", label.text());
        assertEquals("en", label.attr("lang"));
        assertTrue(new LinkChecker().check(site, "/hoshin/").isEmpty());
    }
}
