package org.hoshin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hoshin.content.ContentError;
import org.hoshin.content.TranslationStatus;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.Trees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing one Japanese paragraph makes exactly that item's translation stale; a missing one falls back. */
class TranslationStatusTest {

    @TempDir
    Path temp;
    Path content;

    @BeforeEach
    void copyContent() throws Exception {
        content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
    }

    @Test
    void editingOneJapaneseParagraphMakesExactlyThatItemStale() throws Exception {
        Path ja = content.resolve("wards/izumi/2022/ja/pillars/01/02.md");
        Files.writeString(ja, Files.readString(ja).replace("パネル展を実施します。", "パネル展を年２回実施します。"));

        List<TranslationStatus.Item> items = new TranslationStatus().scan(content);
        assertEquals(1, items.size(), items.toString());
        assertEquals(TranslationStatus.Item.Kind.STALE, items.get(0).kind());
        assertTrue(items.get(0).english().endsWith(Path.of("wards/izumi/2022/en/pillars/01/02.md")));

        SiteBuilder.Result result = build();
        List<ContentError> stale = result.warnings().stream()
                .filter(w -> w.message().contains("out of date")).toList();
        assertEquals(1, stale.size(), result.warnings().toString());
        assertTrue(stale.get(0).location().file().toString().endsWith("wards/izumi/2022/en/pillars/01/02.md"));

        Document en = page("en/wards/izumi/index.html");
        assertEquals(1, en.select(".translation-notice").size());
        Element notice = en.selectFirst(".translation-notice");
        assertEquals("p1-2", notice.closest("article").id());
        assertTrue(notice.selectFirst("a").absUrl("href").endsWith("/ja/wards/izumi/#p1-2"),
                "the notice links the Japanese original at the same item");
        assertTrue(page("ja/wards/izumi/index.html").select(".translation-notice").isEmpty());
    }

    @Test
    void aMissingTranslationFallsBackToTheJapaneseTextWithANotice() throws Exception {
        Files.delete(content.resolve("wards/izumi/2022/en/pillars/01/03.md"));
        build();
        Document en = page("en/wards/izumi/index.html");
        Element item = en.getElementById("p1-3");
        assertEquals("ja", item.attr("lang"), "the Japanese text is marked as Japanese");
        assertTrue(item.text().contains("愛護会等の活動を支援します"), item.text());
        assertEquals(1, item.select(".translation-notice").size());
        assertEquals(1, en.select(".translation-notice").size());
    }

    private SiteBuilder.Result build() throws Exception {
        return new SiteBuilder(new SiteConfig(temp, content, Path.of("templates"), temp.resolve("site"),
                "https://example.org/")).build();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(temp.resolve("site").resolve(path).toFile(), "UTF-8", "https://example.org/" + path);
    }
}
