package org.hoshin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoshin.testing.BuiltSite;
import org.hoshin.testing.SeedSentences;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ward pages built from the committed content show every seed's text, faithfully and whole. */
class WardPagesTest {

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void buildSite() throws Exception {
        site = BuiltSite.build(temp.resolve("site"));
    }

    @ParameterizedTest
    @CsvSource({"izumi,000_3be6bdec6ef05b66.txt", "kohoku,001_b11ccc9f69fb817c.txt",
            "kanazawa,002_107b4c651d2568a6.txt", "asahi,003_66cef17de3c9bd3d.txt", "konan,004_fbc8f0a23ea5de47.txt"})
    void atLeast98PercentOfSeedSentencesAreOnTheWardPage(String ward, String seedFile) throws Exception {
        String pageText = SeedSentences.compact(mainText(ward));
        List<SeedSentences.Sentence> sentences = SeedSentences.of(BuiltSite.seed(seedFile)).stream()
                .filter(s -> !SeedSentences.isPrintNavigation(s)).toList();
        List<String> missing = new ArrayList<>();
        for (SeedSentences.Sentence s : sentences) {
            if (!SeedSentences.shownIn(s, pageText)) {
                missing.add(s.text());
            }
        }
        double shown = 1.0 - (double) missing.size() / sentences.size();
        assertTrue(sentences.size() > 10, "a seed has many sentences");
        assertTrue(shown >= 0.98, ward + ": " + missing.size() + " of " + sentences.size()
                + " sentences not on the page:\n" + String.join("\n", missing));
    }

    @ParameterizedTest
    @CsvSource({"izumi,000_3be6bdec6ef05b66.txt", "kohoku,001_b11ccc9f69fb817c.txt",
            "kanazawa,002_107b4c651d2568a6.txt", "asahi,003_66cef17de3c9bd3d.txt", "konan,004_fbc8f0a23ea5de47.txt"})
    void everyProgramNameOfTheSeedIsShownWithItsInitiative(String ward, String seedFile) throws Exception {
        Document page = BuiltSite.page(site, "ja/wards/" + ward + "/index.html");
        Matcher m = Pattern.compile("【([^】]*事業)】").matcher(BuiltSite.seed(seedFile).replaceAll("\\s+", ""));
        while (m.find()) {
            String program = m.group(1);
            Element initiative = page.select("article.initiative").stream()
                    .filter(a -> SeedSentences.compact(a.text()).contains(program)).findFirst().orElse(null);
            assertNotNull(initiative, ward + ": program " + program + " is not shown with an initiative");
            assertFalse(initiative.id().isEmpty(), "initiative of " + program + " has an id");
        }
    }

    @ParameterizedTest
    @CsvSource({"izumi", "kohoku", "kanazawa", "asahi", "konan"})
    void noPageNumberArtefactIsShown(String ward) throws Exception {
        String text = mainText(ward);
        assertFalse(Pattern.compile("[－\\-]\\s*[0-9０-９]{1,2}\\s*[－\\-]").matcher(text).find(), text);
    }

    @ParameterizedTest
    @CsvSource({"izumi,泉区,令和4年度", "kohoku,港北区,令和4年度", "kanazawa,金沢区,令和4年度", "asahi,旭区,令和4年度",
            "konan,港南区,令和3年度"})
    void wardPageNamesWardAndFiscalYearInJapanese(String ward, String name, String year) throws Exception {
        Document page = BuiltSite.page(site, "ja/wards/" + ward + "/index.html");
        assertEquals("ja", page.select("html").attr("lang"));
        assertEquals(1, page.select("h1").size());
        assertTrue(page.select("h1").text().contains(name.substring(0, name.length() - 1)), page.select("h1").text());
        assertTrue(page.select(".policy-header .year").text().startsWith(year));
        assertFalse(page.select("#pillars section.pillar").isEmpty(), "pillars shown");
        assertFalse(page.select("#management").isEmpty(), "organisational management shown");
    }

    private static String mainText(String ward) throws Exception {
        return BuiltSite.page(site, "ja/wards/" + ward + "/index.html").select("main").text();
    }
}
