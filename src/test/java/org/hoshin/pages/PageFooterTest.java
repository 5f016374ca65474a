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
import java.util.stream.Stream;
import org.hoshin.site.SiteBuilder;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.BuiltSite;
import org.hoshin.testing.Trees;
import org.hoshin.testing.TwoEditions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page's footer, on every kind of page: who publishes the site (from a fixture site.yaml), that it is not
 * official, where to report a mistake, and the day its own content last changed, from a git history made here with
 * fixed dates; a build outside git says no date.
 */
class PageFooterTest {

    private static final String FIRST_DAY = "2001-02-03";
    private static final String EDIT_DAY = "2002-03-04";
    private static final String REPORT = "https://example.org/report-a-mistake";

    @TempDir
    static Path temp;
    static Path site;
    static Path content;

    @BeforeAll
    static void build() throws Exception {
        Path project = temp.resolve("project");
        content = TwoEditions.create(project.resolve("content"));
        Files.writeString(content.resolve("site.yaml"), "publisher:\n  ja: テスト運営者\n  en: Test Publisher\n"
                + "report-url: " + REPORT + "\nofficial: false\n");
        git(project, FIRST_DAY, "init", "-q");
        git(project, FIRST_DAY, "add", "-A");
        git(project, FIRST_DAY, "commit", "-q", "-m", "first");
        Path older = content.resolve("wards/izumi/2021/ja/notes.md");
        Files.writeString(older, "補足の文です。\n");
        git(project, EDIT_DAY, "add", "-A");
        git(project, EDIT_DAY, "commit", "-q", "-m", "edit the older edition");
        site = temp.resolve("site");
        new SiteBuilder(new SiteConfig(BuiltSite.PROJECT, content, BuiltSite.PROJECT.resolve("templates"), site,
                "https://example.org/hoshin/")).build();
    }

    private static void git(Path dir, String day, String... args) throws Exception {
        List<String> command = Stream.concat(Stream.of("git", "-c", "user.name=Test", "-c",
                "user.email=test@example.org", "-c", "commit.gpgsign=false"), Stream.of(args)).toList();
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).inheritIO();
        builder.environment().put("GIT_AUTHOR_DATE", day + "T12:00:00+09:00");
        builder.environment().put("GIT_COMMITTER_DATE", day + "T12:00:00+09:00");
        assertEquals(0, builder.start().waitFor(), String.join(" ", command));
    }

    private static Element footer(Path siteDir, String path) throws IOException {
        Document page = BuiltSite.page(siteDir, path);
        Element footer = page.selectFirst("footer.site-footer");
        assertNotNull(footer, path + " has a footer");
        return footer;
    }

    @Test
    void everyPageNamesItsPublisherThatItIsNotOfficialAndWhereToReportAMistake() throws IOException {
        List<Path> pages = BuiltSite.htmlFiles(site).toList();
        assertFalse(pages.isEmpty());
        for (Path file : pages) {
            String path = site.relativize(file).toString();
            Element footer = footer(site, path);
            boolean english = path.startsWith("en/");
            assertTrue(footer.text().contains(english ? "Test Publisher" : "テスト運営者"), path + ": " + footer.text());
            assertTrue(footer.text().contains(english ? "not an official site" : "公式サイトではありません"),
                    path + ": " + footer.text());
            assertEquals(1, footer.select("a[href=" + REPORT + "]").size(), path + " links to the report address");
            assertNotNull(footer.selectFirst("time[datetime]"), path + " says when its content last changed");
        }
    }

    @Test
    void aWardPageIsDatedByItsOwnEditionAndListsByTheWholeContent() throws IOException {
        assertEquals(EDIT_DAY, day(site, "ja/wards/izumi/2021/index.html"));
        assertEquals(EDIT_DAY, day(site, "en/wards/izumi/2022/changes/index.html"), "compares with 2021");
        assertEquals(FIRST_DAY, day(site, "ja/wards/izumi/2022/index.html"), "the newer edition did not change");
        assertEquals(EDIT_DAY, day(site, "ja/index.html"));
        assertEquals(EDIT_DAY, day(site, "en/themes/index.html"));
        try (Stream<Path> wards = Files.list(content.resolve("wards"))) {
            for (Path ward : wards.filter(w -> !w.endsWith("izumi")).toList()) {
                assertEquals(FIRST_DAY, day(site, "en/wards/" + ward.getFileName() + "/index.html"), ward.toString());
            }
        }
    }

    @Test
    void theEnglishDateIsWrittenTheAmericanWayAndTheJapaneseOneInJapanese() throws IOException {
        assertEquals("March 4, 2002", footer(site, "en/wards/izumi/2021/index.html").selectFirst("time").text());
        assertEquals("2002年3月4日", footer(site, "ja/wards/izumi/2021/index.html").selectFirst("time").text());
    }

    @Test
    void aBuildOutsideGitSaysNoDateAndStillNamesThePublisher() throws Exception {
        Path copy = Trees.copy(content, temp.resolve("outside-git/content"));
        Path out = temp.resolve("outside-git/site");
        new SiteBuilder(new SiteConfig(BuiltSite.PROJECT, copy, BuiltSite.PROJECT.resolve("templates"), out,
                "https://example.org/hoshin/")).build();
        Element footer = footer(out, "ja/wards/izumi/index.html");
        assertNull(footer.selectFirst("time"));
        assertTrue(footer.text().contains("テスト運営者"));
    }

    private static String day(Path siteDir, String path) throws IOException {
        return footer(siteDir, path).selectFirst("time").attr("datetime");
    }
}
