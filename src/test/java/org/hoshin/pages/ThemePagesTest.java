package org.hoshin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.hoshin.check.LinkChecker;
import org.hoshin.content.ContentException;
import org.hoshin.content.Lang;
import org.hoshin.pages.ThemeViews;
import org.hoshin.testing.BuiltSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme pages of the real site: the wards × themes table, each theme's page, the ward pages' theme links. */
class ThemePagesTest {

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws IOException, ContentException {
        site = BuiltSite.build(temp.resolve("site"));
    }

    @Test
    void everyLinkOfTheThemeAndDataPagesLeadsToAnExistingPageAndAnchor() throws IOException {
        List<LinkChecker.BrokenLink> broken = new LinkChecker().check(site, "/hoshin/");
        assertTrue(broken.isEmpty(), broken.toString());
    }

    @Test
    void eachCellOfTheTableCountsTheInitiativesListedInThatWardsSection() throws IOException {
        for (String lang : List.of("ja", "en")) {
            Document index = BuiltSite.page(site, lang + "/themes/index.html");
            List<Element> cells = index.select("table.theme-matrix td a");
            assertEquals(13 * 5, cells.size(), "13 themes × 5 wards");
            int nonZero = 0;
            for (Element cell : cells) {
                String href = cell.attr("href");
                String page = href.substring(href.indexOf("themes/"), href.indexOf('#'));
                Document theme = BuiltSite.page(site, lang + "/" + page + "index.html");
                Element section = theme.getElementById(href.substring(href.indexOf('#') + 1));
                assertNotNull(section, href);
                int listed = section.select(":root > ul.theme-items > li").size();
                assertEquals(Integer.parseInt(cell.text()), listed, href);
                nonZero += listed > 0 ? 1 : 0;
            }
            assertTrue(nonZero > 20, "most cells are not empty: " + nonZero);
        }
    }

    @Test
    void everyInitiativeOnAThemePageLinksToItsAnchorWhichShowsThatTheme() throws IOException {
        Document bosai = BuiltSite.page(site, "ja/themes/bosai/index.html");
        List<Element> items = bosai.select("ul.theme-items > li");
        assertFalse(items.isEmpty());
        for (Element item : items) {
            String href = item.selectFirst("a").absUrl("href");
            String path = href.substring("https://example.org/hoshin/".length(), href.indexOf('#'));
            Document ward = BuiltSite.page(site, path + "index.html");
            Element article = ward.getElementById(href.substring(href.indexOf('#') + 1));
            assertNotNull(article, href);
            assertEquals(item.selectFirst("a").text(), article.selectFirst("h4").text());
            assertFalse(article.select(".initiative-themes a[href$=themes/bosai/]").isEmpty(),
                    "the ward page shows the theme of " + href);
            assertFalse(item.selectFirst("p").text().isBlank(), "an excerpt");
        }
    }

    @Test
    void englishThemePagesShowTheTranslationAndMarkJapaneseWhereThereIsNone() throws IOException {
        Document en = BuiltSite.page(site, "en/themes/kosodate/index.html");
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("Child-rearing", en.selectFirst("h1").text());
        int english = 0;
        for (Element item : en.select("ul.theme-items > li")) {
            String href = item.selectFirst("a").absUrl("href");
            Document ward = BuiltSite.page(site, href.substring("https://example.org/hoshin/".length(),
                    href.indexOf('#')) + "index.html");
            Element article = ward.getElementById(href.substring(href.indexOf('#') + 1));
            assertEquals(article.attr("lang"), item.attr("lang"), "same language as on the ward page: " + href);
            assertEquals(article.selectFirst("h4").text(), item.selectFirst("a").text());
            english += item.attr("lang").equals("en") ? 1 : 0;
        }
        assertTrue(english > 0, "translated initiatives are shown in English");
    }

    @Test
    void theNavigationLeadsToThemesAndOpenData() throws IOException {
        Document ja = BuiltSite.page(site, "ja/wards/izumi/index.html");
        assertEquals("テーマ別", ja.selectFirst(".site-nav a[href$=ja/themes/]").text());
        assertNotNull(ja.selectFirst(".site-nav a[href$=ja/data/]"));
        Document en = BuiltSite.page(site, "en/about/index.html");
        assertEquals("Themes", en.selectFirst(".site-nav a[href$=en/themes/]").text());
    }

    @Test
    void anExcerptNeverSplitsASurrogatePairOrALetterFromItsCombiningMark() {
        String lead = "あ".repeat(89);
        // 𠮷 is two chars; by char count, the 90-character limit falls between them
        assertEquals(lead + "…", ThemeViews.excerpt(lead + "𠮷" + "い".repeat(10), Lang.JA));
        // か + combining dakuten (U+3099) reads as one character, が
        assertEquals(lead + "…", ThemeViews.excerpt(lead + "か\u3099" + "い".repeat(10), Lang.JA));
        String words = "word ".repeat(10) + "x".repeat(129);
        String english = words + "\uD83D\uDE00" + "y".repeat(20);
        assertTrue(english.length() > 180 && english.lastIndexOf(' ', 180) <= 90, "no space to cut at");
        assertEquals(english.substring(0, 179) + "…", ThemeViews.excerpt(english, Lang.EN));
    }
}
