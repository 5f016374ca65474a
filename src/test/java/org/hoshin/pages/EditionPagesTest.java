package org.hoshin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hoshin.check.LinkChecker;
import org.hoshin.content.ContentException;
import org.hoshin.site.SiteBuilder;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.BuiltSite;
import org.hoshin.testing.Trees;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two editions of one ward side by side: the real content with Izumi's FY2022 edition also published as an older
 * FY2021 edition (its goal changed, so the two pages differ), built into a site.
 */
class EditionPagesTest {

    @TempDir
    static Path temp;
    static Path oneEdition;
    static Path twoEditions;

    @BeforeAll
    static void build() throws IOException, ContentException {
        oneEdition = BuiltSite.build(temp.resolve("one"));
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
        Path izumi = content.resolve("wards/izumi");
        Trees.copy(izumi.resolve("2022"), izumi.resolve("2021"));
        Path olderIndex = izumi.resolve("2021/ja/index.md");
        Files.writeString(olderIndex, Files.readString(olderIndex)
                .replace("令和４年度", "令和３年度").replace("goal: みらいへ進もう！", "goal: 前年度の目標"));
        twoEditions = temp.resolve("two");
        new SiteBuilder(new SiteConfig(BuiltSite.PROJECT, content, BuiltSite.PROJECT.resolve("templates"),
                twoEditions, "https://example.org/hoshin/")).build();
    }

    @Test
    void everyEditionHasItsOwnPermanentPageInBothLanguages() throws IOException {
        for (String lang : List.of("ja", "en")) {
            for (String year : List.of("2021", "2022")) {
                assertTrue(Files.isRegularFile(twoEditions.resolve(lang + "/wards/izumi/" + year + "/index.html")),
                        lang + " " + year);
            }
            assertTrue(Files.isRegularFile(oneEdition.resolve(lang + "/wards/konan/2021/index.html")));
        }
        Document older = BuiltSite.page(twoEditions, "ja/wards/izumi/2021/index.html");
        assertTrue(older.selectFirst(".goal-statement").text().contains("前年度の目標"));
        assertTrue(older.selectFirst(".policy-header .year").text().startsWith("令和3年度"));
    }

    @Test
    void theWardAddressShowsTheLatestEditionWithEveryAnchorItHadBefore() throws IOException {
        Document before = BuiltSite.page(oneEdition, "ja/wards/izumi/index.html");
        Document after = BuiltSite.page(twoEditions, "ja/wards/izumi/index.html");
        Set<String> idsBefore = ids(before);
        Set<String> idsAfter = ids(after);
        assertTrue(idsAfter.containsAll(idsBefore), "anchors lost: " + idsBefore.stream()
                .filter(id -> !idsAfter.contains(id)).toList());
        assertTrue(after.selectFirst(".goal-statement").text().contains("みらいへ進もう"));
        assertNull(after.selectFirst(".edition-notice"), "the latest edition has no 'newer edition' notice");
        assertEquals(before.selectFirst("article.policy > section#pillars").text(),
                after.selectFirst("article.policy > section#pillars").text(), "same text as before");
    }

    @Test
    void anOlderEditionSaysPlainlyThatANewerOneExists() throws IOException {
        Document older = BuiltSite.page(twoEditions, "ja/wards/izumi/2021/index.html");
        Element notice = older.selectFirst(".edition-notice");
        assertNotNull(notice);
        assertTrue(notice.text().contains("令和4年度"), notice.text());
        assertEquals("https://example.org/hoshin/ja/wards/izumi/2022/", notice.selectFirst("a").absUrl("href"));
        Document english = BuiltSite.page(twoEditions, "en/wards/izumi/2021/index.html");
        assertTrue(english.selectFirst(".edition-notice").text().contains("FY2022"));
    }

    @Test
    void theYearSwitcherListsEveryEditionNewestFirstAndMarksTheOneShown() throws IOException {
        Document older = BuiltSite.page(twoEditions, "en/wards/izumi/2021/index.html");
        List<Element> links = older.select("nav.editions a");
        assertEquals(List.of("FY2022", "FY2021"), links.stream().map(Element::text).toList());
        assertEquals(List.of("", "true"), links.stream().map(a -> a.attr("aria-current")).toList());
        assertEquals(List.of("https://example.org/hoshin/en/wards/izumi/2022/", "https://example.org/hoshin/en/wards/izumi/2021/"),
                links.stream().map(a -> a.absUrl("href")).toList());
        Document list = BuiltSite.page(twoEditions, "ja/index.html");
        assertEquals(List.of("令和3年度"), list.select(".other-years a").eachText());
    }

    @Test
    void theSourceSectionLinksToTheWardOfficeAndKeepsTheSeedHash() throws IOException {
        Document page = BuiltSite.page(oneEdition, "ja/wards/kohoku/index.html");
        Element source = page.getElementById("source");
        assertEquals("https://www.city.yokohama.lg.jp/kohoku/", source.selectFirst("ul.official a").attr("href"));
        assertTrue(source.selectFirst("ul.official a").text().contains("港北区役所"));
        assertEquals(64, source.selectFirst("code.hash").text().length());
    }

    @Test
    void theWardsListSaysHowMuchOfTheCityTheSiteCovers() throws IOException {
        assertTrue(BuiltSite.page(oneEdition, "ja/index.html").selectFirst(".coverage").text()
                .contains("横浜市18区のうち5区"));
        assertTrue(BuiltSite.page(twoEditions, "en/index.html").selectFirst(".coverage").text()
                .contains("5 of Yokohama's 18 wards (6 policies"));
    }

    @Test
    void noLinkOrAnchorIsBrokenAndTheSitemapListsEveryEdition() throws IOException {
        assertEquals(List.of(), new LinkChecker().check(twoEditions, "/hoshin/"));
        String sitemap = Files.readString(twoEditions.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("ja/wards/izumi/2021/"));
        assertTrue(sitemap.contains("ja/wards/izumi/</loc>"));
        assertFalse(sitemap.contains("ja/wards/izumi/2022/</loc>"), "the latest edition's address is a duplicate");
        assertFalse(sitemap.contains("ja/wards/kohoku/2021/"));
    }

    @Test
    void theLatestEditionsOwnAddressNamesTheWardAddressAsCanonicalAndAnOlderOneItself() throws IOException {
        Document latest = BuiltSite.page(twoEditions, "en/wards/izumi/2022/index.html");
        assertEquals("https://example.org/hoshin/en/wards/izumi/",
                latest.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://example.org/hoshin/ja/wards/izumi/",
                latest.selectFirst("link[rel=alternate][hreflang=ja]").attr("href"));
        Document older = BuiltSite.page(twoEditions, "en/wards/izumi/2021/index.html");
        assertEquals("https://example.org/hoshin/en/wards/izumi/2021/",
                older.selectFirst("link[rel=canonical]").attr("href"));
    }

    private static Set<String> ids(Document page) {
        return page.select("[id]").stream().map(e -> e.id()).collect(Collectors.toSet());
    }

    @Test
    void aManagementPartWithAnIntroductionAndNoItemsIsStillShown(@TempDir Path own) throws Exception {
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, own.resolve("content"));
        for (String lang : List.of("ja", "en")) {
            Path management = content.resolve("wards/kanazawa/2022/" + lang + "/management");
            try (var files = Files.list(management)) {
                for (Path item : files.filter(f -> !f.getFileName().toString().equals("index.md")).toList()) {
                    Files.delete(item);
                }
            }
        }
        Path site = own.resolve("site");
        new SiteBuilder(new SiteConfig(org.hoshin.testing.Fixture.ROOT, content, BuiltSite.PROJECT.resolve("templates"),
                site, "https://example.org/hoshin/")).build();
        String intro = Files.readString(content.resolve("wards/kanazawa/2022/ja/management/index.md")).strip()
                .lines().findFirst().orElseThrow();
        Element section = BuiltSite.page(site, "ja/wards/kanazawa/2022/index.html").getElementById("management");
        assertNotNull(section, "the part is on the page, so links to #management work");
        assertTrue(section.text().contains(intro), section.text());
    }
}
