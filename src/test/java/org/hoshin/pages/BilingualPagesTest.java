package org.hoshin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hoshin.testing.BuiltSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The English edition mirrors the Japanese page for page and anchor for anchor, in English. */
class BilingualPagesTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー々〆]");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)|（[^（）]*）");

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void buildSite() throws Exception {
        site = BuiltSite.build(temp.resolve("site"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"izumi", "kohoku", "kanazawa", "asahi", "konan"})
    void everyAnchorOfTheJapanesePageExistsOnTheEnglishPage(String ward) throws Exception {
        Document ja = BuiltSite.page(site, "ja/wards/" + ward + "/index.html");
        Document en = BuiltSite.page(site, "en/wards/" + ward + "/index.html");
        Set<String> jaIds = ids(ja);
        assertEquals(jaIds, ids(en));
        assertEquals(ja.select("article.initiative").size(), en.select("article.initiative").size());
        assertFalse(ja.select("article.initiative").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"izumi", "kohoku", "kanazawa", "asahi", "konan"})
    void englishPagesCarryNoUntranslatedJapanese(String ward) throws Exception {
        Document en = BuiltSite.page(site, "en/wards/" + ward + "/index.html");
        assertEquals("en", en.select("html").attr("lang"));
        assertTrue(en.select(".translation-notice").isEmpty(), "every item is translated and current");
        Element main = en.selectFirst("main").clone();
        main.select("#source code").remove();
        String text = PARENTHESES.matcher(main.text()).replaceAll("");
        long japanese = JAPANESE.matcher(text).results().count();
        double share = (double) japanese / text.replaceAll("\\s", "").length();
        assertTrue(share < 0.03, ward + ": " + Math.round(share * 1000) / 10.0 + "% Japanese outside names in "
                + "parentheses: " + JAPANESE.matcher(text).results().map(r -> r.group()).collect(Collectors.joining()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"izumi", "kohoku", "kanazawa", "asahi", "konan"})
    void fiscalYearIsWrittenTheWayEachLanguageDoes(String ward) throws Exception {
        String ja = BuiltSite.page(site, "ja/wards/" + ward + "/index.html").select(".policy-header .year").text();
        String en = BuiltSite.page(site, "en/wards/" + ward + "/index.html").select(".policy-header .year").text();
        assertTrue(ja.matches("令和[0-9]年度（20[0-9]{2}年4月〜20[0-9]{2}年3月）"), ja);
        assertTrue(en.matches("FY(20[0-9]{2}) \\(April \\1 – March 20[0-9]{2}\\)"), en);
    }

    @Test
    void everySwitcherLinkAndAlternateLeadsToAnExistingPage() throws Exception {
        try (Stream<Path> pages = BuiltSite.htmlFiles(site)) {
            for (Path file : pages.toList()) {
                String name = site.relativize(file).toString();
                Document doc = BuiltSite.page(site, name);
                for (Element alternate : doc.select("link[rel=alternate][hreflang]")) {
                    String href = alternate.attr("href");
                    assertTrue(href.startsWith("https://example.org/hoshin/"), href);
                    assertTrue(exists(href.substring("https://example.org/hoshin/".length())),
                            name + ": alternate " + href);
                }
                if (name.startsWith("ja/") || name.startsWith("en/")) {
                    Set<String> langs = doc.select("link[rel=alternate]").stream().map(l -> l.attr("hreflang"))
                            .collect(Collectors.toSet());
                    assertEquals(Set.of("ja", "en", "x-default"), langs, name);
                    Element switcher = doc.selectFirst("a.lang-switch");
                    String target = switcher.absUrl("href").substring("https://example.org/hoshin/".length());
                    assertTrue(exists(target), name + ": switcher " + target);
                    assertEquals(name.startsWith("ja/") ? "en" : "ja", switcher.attr("hreflang"));
                    assertEquals(name.substring(3), target.substring(3) + (target.endsWith("/") ? "index.html" : ""),
                            "the switcher leads to the same page in the other language");
                }
            }
        }
    }

    @Test
    void rootPageOffersBothLanguagesWithoutRedirecting() throws Exception {
        Document root = BuiltSite.page(site, "index.html");
        assertTrue(root.select("meta[http-equiv=refresh]").isEmpty());
        assertEquals(List.of("ja/", "en/"), root.select("nav.languages a").eachAttr("href"));
        assertEquals("en", root.selectFirst("nav.languages a[hreflang=en]").attr("lang"));
    }

    @Test
    void everyUiStringExistsInBothLanguagesAndEnglishChromeIsEnglish() throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        Map<String, Object> ja = new TreeMap<>(yaml.readValue(Path.of("templates/messages/ja.yaml").toFile(),
                Map.class));
        Map<String, Object> en = new TreeMap<>(yaml.readValue(Path.of("templates/messages/en.yaml").toFile(),
                Map.class));
        assertEquals(ja.keySet(), en.keySet());
        for (String page : List.of("en/index.html", "en/about/index.html", "en/wards/izumi/index.html")) {
            Document doc = BuiltSite.page(site, page);
            Element chrome = doc.body().clone();
            chrome.select("main [lang=ja], [lang=ja], #source code").remove();
            chrome.select("main").select("article, .pillar > div, #goal > div, .item, .table-scroll, .notes").remove();
            String text = PARENTHESES.matcher(chrome.text()).replaceAll("");
            assertFalse(JAPANESE.matcher(text).find(), page + " has Japanese UI text: " + text);
        }
        Document jaPage = BuiltSite.page(site, "ja/wards/izumi/index.html");
        Element chrome = jaPage.body().clone();
        chrome.select("[lang=en], [translate=no], .publisher").remove(); // addresses are neither language, and the
        // publisher's name (content/site.yaml) is as the editors write it
        assertFalse(chrome.select("header, footer, nav.toc h2").text().matches(".*[A-Za-z]{4,}.*"),
                "no English UI text on Japanese pages");
    }

    private static boolean exists(String path) {
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        return Files.isRegularFile(site.resolve(file));
    }

    private static Set<String> ids(Document page) {
        return page.select("main [id]").stream().map(Element::id).collect(Collectors.toSet());
    }
}
