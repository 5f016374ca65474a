package org.hoshin.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hoshin.testing.BuiltSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page describes itself for link previews (Open Graph) and search engines, from its own content: a shared
 * ward page shows the ward's basic goal, not a generic sentence.
 */
class SharingTagsTest {

    @TempDir
    Path temp;

    @Test
    void everyPageHasOpenGraphTagsAgreeingWithItsTitleAddressAndLanguage() throws Exception {
        Path site = BuiltSite.build(temp.resolve("site"));
        List<Path> pages = BuiltSite.htmlFiles(site).toList();
        assertTrue(pages.size() > 10, pages.toString());
        for (Path file : pages) {
            String path = site.relativize(file).toString();
            Document page = BuiltSite.page(site, path);
            String description = page.select("meta[name=description]").attr("content");
            assertFalse(description.isBlank(), path + " has a description");
            assertEquals(description, property(page, "og:description"), path);
            assertEquals(page.title(), property(page, "og:title"), path);
            assertEquals(page.select("link[rel=canonical]").attr("href"), property(page, "og:url"), path);
            assertTrue(property(page, "og:url").startsWith("https://example.org/hoshin/"), path);
            String lang = page.select("html").attr("lang");
            assertEquals(lang.equals("en") ? "en_US" : "ja_JP", property(page, "og:locale"), path);
            assertEquals(lang.equals("en") ? "ja_JP" : "en_US", property(page, "og:locale:alternate"), path);
            assertEquals(page.select(".site-name").text(), property(page, "og:site_name"), path);
            assertEquals(page.select(".goal-statement").isEmpty() ? "website" : "article", property(page, "og:type"),
                    path);
        }
    }

    @Test
    void aWardPageIsDescribedByItsBasicGoal() throws Exception {
        Path site = BuiltSite.build(temp.resolve("site"));
        for (String path : List.of("ja/wards/izumi/index.html", "en/wards/kanazawa/index.html")) {
            Document page = BuiltSite.page(site, path);
            String goal = page.select(".goal-statement").text().replaceAll("\\s", "");
            assertFalse(goal.isEmpty(), path);
            assertTrue(property(page, "og:description").replaceAll("\\s", "").contains(goal),
                    path + ": " + property(page, "og:description") + " states the goal " + goal);
        }
    }

    private static String property(Document page, String name) {
        return page.select("meta[property=" + name + "]").attr("content");
    }
}
