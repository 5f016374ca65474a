package org.hoshin.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hoshin.content.Initiative;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.Section;
import org.hoshin.site.SiteBuilder;
import org.hoshin.stages.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Structure, not position, on layouts the importer was not written for (src/test/resources/seeds): a block that
 * belongs to no pillar (【協働を進めるための取組】) is a section of its own, a heading is never glued to the sentence
 * after it (on its own line, on the same line, or in 〈…〉 / ＜…＞ / &lt;…&gt; brackets), and numbered items
 * ((1) ① 1. or a number and a space) stay a list, in the content and on the built page.
 */
class LayoutStructureTest {

    private static final Path KONAN = SeedLayoutsTest.TEST_SEEDS.resolve("cross-cutting-konan-2019.txt");
    private static final Path TSUZUKI = SeedLayoutsTest.TEST_SEEDS.resolve("numbered-items-tsuzuki.txt");

    @TempDir
    Path temp;

    @Test
    void aBlockThatBelongsToNoPillarBecomesASectionOfItsOwn() throws IOException {
        ParsedSeed parsed = SeedLayoutsTest.read(KONAN);
        Policy policy = parsed.policy();
        assertEquals(4, policy.pillars().size());
        for (Pillar pillar : policy.pillars()) {
            pillar.initiatives().forEach(i -> assertFalse(i.title().contains("協働を進めるための取組"), i.id()));
        }
        assertEquals(List.of("まちの魅力発信"), titles(policy.pillars().get(3).initiatives()));
        Section own = policy.columns().get(0);
        assertEquals("協働を進めるための取組", own.title());
        assertTrue(own.body().source().contains("区制50周年を契機に"), own.body().source());
        assertTrue(parsed.warnings().stream().anyMatch(w -> w.line() == 49), "an unsure placement is reported at"
                + " its seed line: " + parsed.warnings());
    }

    @Test
    void aHeadingOnItsOwnLineIsNeverGluedToTheSentenceAfterIt() throws IOException {
        String body = org.hoshin.content.ReviewMarks.withoutMarkLines(
                SeedLayoutsTest.read(KONAN).policy().columns().get(0).body().source()).strip();
        assertTrue(body.startsWith("# 協働による地域づくり\n\n区制50周年を契機に、"), body);
        assertTrue(body.contains("\n\n# 令和元年度 地域でつながりを強めるための取組方針\n\n1. 地域活動者同士の"), body);
    }

    @Test
    void aHeadingOnTheSameLineAsItsFirstSentenceIsSplitFromIt() throws IOException {
        Policy policy = SeedLayoutsTest.read(TSUZUKI).policy();
        assertEquals("ともに創る　緑と笑顔あふれる　ふるさと都筑", policy.goal());
        assertTrue(policy.goalText().source().startsWith("# 区制30周年\n\n区制30周年を迎える節目の年に、"),
                policy.goalText().source());
    }

    @Test
    void aBlockTitleOrABracketedHeadingOnTheLineOfItsTextIsSplitFromIt() throws IOException {
        Policy policy = SeedLayoutsTest.read(SeedLayoutsTest.TEST_SEEDS.resolve("same-line-headings-konan-2020.txt"))
                .policy();
        assertEquals(List.of(1, 1, 1, 1), policy.pillars().stream().map(p -> p.initiatives().size()).toList());
        Section own = policy.columns().get(0);
        assertEquals("協働を進めるための取組", own.title());
        String body = org.hoshin.content.ReviewMarks.withoutMarkLines(own.body().source()).strip();
        assertTrue(body.startsWith("# 地域の皆さまと協働で進める地域づくり\n\n区制50周年を契機に、"), body);
        assertTrue(body.endsWith("# 令和２年度 地域でつながりを強めるための取組方針\n\n1. 地域活動者同士の顔の見える関係づくりを"
                + "進めましょう！\n2. 一人ひとりができる範囲で地域のためにできることをしましょう！\n3. 地域と行政などが一緒に"
                + "なってそれぞれの役割を考え共に取り組みましょう！"), body);
    }

    @Test
    void aNumberedListInASectionBeforeThePillarsIsNoPillar() {
        String seed = """
                令和２年度 港南区運営方針
                【協働を進めるための取組】
                区制50周年を契機に、関係団体の皆さまと共有した方向性をもとに、一緒に取り組んでまいります。
                ＜令和２年度 地域でつながりを強めるための取組方針＞
                1 地域活動者同士の顔の見える関係づくり
                2 一人ひとりができる範囲での地域活動
                Ⅰ 基本目標
                安全で誰もが安心して元気に暮らせるまち
                Ⅱ 目標達成に向けた施策
                施策１ 安全・安心のまちづくり
                【災害に強いまちづくり】
                ・地域防災拠点の訓練を支援します。
                施策２ 見守り・支えあいのまちづくり
                【日頃の見守り・支えあい】
                ・見守り協力事業者への呼びかけを進めます。
                """;
        Policy policy = new SeedParser(org.hoshin.content.Location.of(Path.of("before.txt")))
                .read(seed, SeedLayoutsTest.header(seed)).policy();
        assertEquals(List.of("安全・安心のまちづくり", "見守り・支えあいのまちづくり"),
                policy.pillars().stream().map(Pillar::title).toList());
        assertTrue(policy.columns().get(0).body().source().endsWith("# 令和２年度 地域でつながりを強めるための取組方針\n\n"
                + "1. 地域活動者同士の顔の見える関係づくり\n2. 一人ひとりができる範囲での地域活動"),
                policy.columns().get(0).body().source());
        assertEquals("安全で誰もが安心して元気に暮らせるまち", policy.goal());
    }

    @Test
    void bracketedHeadingsHeadItemsOrTheTextBelowThemNotPhotos() throws IOException {
        Policy konan = SeedLayoutsTest.read(KONAN).policy();
        assertEquals(List.of("区役所の組織運営の取組方針"), konan.management().stream().map(Section::title).toList());
        Policy tsuzuki = SeedLayoutsTest.read(TSUZUKI).policy();
        assertEquals(List.of("窓口サービスの向上", "職員の育成"),
                tsuzuki.management().stream().map(Section::title).toList());
        assertTrue(tsuzuki.captions().isEmpty(), tsuzuki.captions().toString());
        Initiative green = tsuzuki.pillars().get(2).initiatives().get(0);
        assertTrue(green.captions().isEmpty(), green.captions().toString());
        assertTrue(green.body().source().contains("\n\n# 区制30周年記念事業\n\n- 記念式典や"), green.body().source());
        assertEquals("都筑区の「農」", tsuzuki.columns().get(0).title(), "【コラム】 heads a column");
        assertEquals("区民の皆様から信頼される区役所を目指します。", tsuzuki.managementIntro().source());
    }

    @Test
    void numberedItemsStayAList() throws IOException {
        Policy konan = SeedLayoutsTest.read(KONAN).policy();
        assertEquals("""
                1. 区民の皆さまの気持ちに寄り添い、正確かつ丁寧な窓口応対を行います。
                2. 区民生活に必要な情報を、わかりやすく積極的に発信します。
                3. お互いに協力しあい、効率的な業務遂行により働き方改革を推進します。""",
                konan.management().get(0).body().source());
        Policy tsuzuki = SeedLayoutsTest.read(TSUZUKI).policy();
        List<Initiative> first = tsuzuki.pillars().get(0).initiatives();
        assertEquals(List.of("① 地域防災力の向上", "② 交通安全の推進"), titles(first),
                "（1） pillars keep ① initiatives under them");
        assertTrue(first.get(0).body().source().startsWith("1. 地域防災拠点の訓練に、新たに中学生や大学生の参加を"
                + "呼びかけます。\n2. 災害時の"), first.get(0).body().source());
    }

    @Test
    void theBuiltPageShowsSectionsHeadingsAndListsAsSuch() throws Exception {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Files.copy(KONAN, seeds.resolve(KONAN.getFileName()));
        Path content = org.hoshin.testing.Fixture.withSiteFile(temp.resolve("content"));
        new Importer().run(seeds, content, false);
        Path site = temp.resolve("site");
        new SiteBuilder(new SiteConfig(temp, content, Path.of("templates").toAbsolutePath(), site,
                "https://example.org/")).build();
        Document page = Jsoup.parse(site.resolve("ja/wards/konan/2019/index.html").toFile(), "UTF-8");
        Element section = page.getElementById("columns");
        assertTrue(section != null && section.text().contains("協働を進めるための取組"), "its own section");
        Element heading = section.select("h3, h4, h5").stream().filter(h -> h.text().equals("協働による地域づくり"))
                .findFirst().orElseThrow(() -> new AssertionError(section.html()));
        assertTrue(heading.nextElementSibling().text().startsWith("区制50周年を契機に、"), section.html());
        assertEquals(3, section.select("ol > li").size(), section.html());
        assertEquals("地域活動者同士の顔の見える関係づくりを進めましょう！", section.select("ol > li").get(0).text());
        assertTrue(page.select("#pillars li, #pillars h3, #pillars h4").stream()
                .noneMatch(e -> e.text().contains("協働を進めるための取組")), "not filed as an initiative");
        assertFalse(page.text().contains("協働による地域づくり区制"), "no heading glued to text");
    }

    private static List<String> titles(List<Initiative> initiatives) {
        return initiatives.stream().map(Initiative::title).toList();
    }
}
