package org.hoshin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hoshin.testing.BuiltSite;
import org.hoshin.testing.Fixture;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Theme pages see the whole policy: a pillar whose title names a theme is listed on it, its words count for the
 * initiatives under it, and a ward with nothing matched is told which words were looked for. Built from two wards of
 * the fixture, Izumi's second pillar retitled 「多文化共生のまちづくり」 with one initiative that names 外国人 once, and a
 * theme of one word that nothing matches.
 */
class ThemePillarsTest {

    private static final String PILLAR_TITLE = "多文化共生のまちづくり";
    private static final List<String> TABUNKA_WORDS = List.of("多文化共生", "外国人", "多言語", "国際交流");

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path content = Fixture.contentWithWards(temp.resolve("content"), "izumi", "konan");
        Path pillars = content.resolve("wards/izumi/2022/ja/pillars");
        Path pillar = pillars.resolve("02.md");
        Files.writeString(pillar, Files.readString(pillar).replaceFirst("(?m)^title: .*$", "title: " + PILLAR_TITLE));
        Path initiative = pillars.resolve("02/01.md");
        Files.writeString(initiative, Files.readString(initiative).stripTrailing() + "外国人の方も参加できる催しを開きます。\n");
        Path themes = content.resolve("themes.yaml");
        Files.writeString(themes, Files.readString(themes).stripTrailing() + """

                  - id: uchu
                    ja: 宇宙
                    en: Space
                    description-ja: 宇宙の開発。
                    description-en: Space exploration.
                    keywords: [宇宙開発]
                """);
        site = BuiltSite.build(content, temp.resolve("site"));
    }

    @Test
    void aPillarWhoseTitleNamesTheThemeIsListedFirstInItsWardsSection() throws IOException {
        for (String lang : List.of("ja", "en")) {
            Element izumi = BuiltSite.page(site, lang + "/themes/tabunka/index.html").getElementById("ward-izumi");
            List<Element> listed = izumi.select("ul.theme-pillars > li");
            assertEquals(1, listed.size(), izumi.outerHtml());
            Element link = listed.get(0).selectFirst("a");
            assertTrue(link.attr("href").endsWith(lang + "/wards/izumi/2022/#p2"), link.attr("href"));
            assertTrue(link.text().startsWith(lang.equals("ja") ? "施策2" : "Policy 2"), link.text());
            if (lang.equals("ja")) {
                assertTrue(link.text().endsWith(PILLAR_TITLE), link.text());
            }
            Element first = izumi.select("ul").first();
            assertTrue(first.hasClass("theme-pillars"), "the pillar comes before the initiatives");
            assertTrue(izumi.select("ul.theme-items > li a").stream()
                    .anyMatch(a -> a.attr("href").endsWith("/izumi/2022/#p2-1")), "its initiative naming 外国人 once");
            assertTrue(izumi.select("ul.theme-items > li a").stream()
                    .noneMatch(a -> a.attr("href").endsWith("/izumi/2022/#p2-2")), "the pillar alone adds nothing");
        }
        Document ward = BuiltSite.page(site, "ja/wards/izumi/2022/index.html");
        assertNotNull(ward.getElementById("p2-1").selectFirst(".initiative-themes a[href$=themes/tabunka/]"),
                "the ward page agrees with the theme page");
        assertTrue(Files.readString(site.resolve("data/initiatives.csv")).lines()
                .anyMatch(l -> l.contains(",p2-1,") && l.contains("tabunka") && l.startsWith("izumi")),
                "the open data agrees too");
    }

    @Test
    void aWardWithNoMatchNamesTheWordsLookedForInsteadOfSayingItHasNothing() throws IOException {
        Element ja = BuiltSite.page(site, "ja/themes/tabunka/index.html").getElementById("ward-konan");
        assertNull(ja.selectFirst("ul.theme-items"));
        Element none = ja.selectFirst("p.theme-none");
        assertEquals("この運営方針では、次の語に当たる取組は見つかりませんでした：" + String.join("、", TABUNKA_WORDS),
                none.text());

        Element en = BuiltSite.page(site, "en/themes/tabunka/index.html").getElementById("ward-konan")
                .selectFirst("p.theme-none");
        assertEquals("No initiative in this policy matched these words: " + String.join(", ", TABUNKA_WORDS),
                en.text());
        assertEquals(TABUNKA_WORDS, en.select("span[lang=ja]").eachText(), "the Japanese words are marked");

        Element one = BuiltSite.page(site, "en/themes/uchu/index.html").getElementById("ward-izumi")
                .selectFirst("p.theme-none");
        assertEquals("No initiative in this policy matched this word: 宇宙開発", one.text());
    }
}
