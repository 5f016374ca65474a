package org.hoshin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.hoshin.content.ContentError;
import org.hoshin.content.YokohamaWards;
import org.hoshin.site.SiteBuilder;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.BuiltSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generated corpus is real content: it builds, covers the city's wards and grows the index. */
class BenchCorpusTest {

    @TempDir
    Path temp;

    @Test
    void aScaledCorpusBuildsCleanlyOverAllWardsWithAGrowingVocabularyAndTheSameTextForHugo() throws Exception {
        Path content = org.hoshin.testing.Fixture.CONTENT;
        List<BenchCorpus.EditionDir> real = BenchCorpus.editionsOf(content);
        List<BenchCorpus.EditionDir> editions = BenchCorpus.write(content, temp.resolve("content"), 4);
        assertEquals(real.size() * 4, editions.size());

        List<ContentError> warnings = new ArrayList<>();
        SortedMap<String, byte[]> scaled = render(temp.resolve("content"), warnings);
        assertTrue(warnings.stream().noneMatch(w -> w.message().startsWith("English translation is out of date")
                        || w.message().contains("which Japanese version it translates")),
                "copied translations stay current: " + warnings);
        long wardPages = scaled.keySet().stream().filter(p -> p.matches("ja/wards/[a-z]+/index\\.html")).count();
        assertEquals(Math.min(YokohamaWards.all().size(), editions.size()), wardPages);
        for (BenchCorpus.EditionDir e : editions) {
            assertTrue(scaled.containsKey("en/wards/" + e.ward() + "/" + e.year() + "/index.html"), e.toString());
        }
        assertTrue(terms(scaled) > terms(render(content, new ArrayList<>())), "the vocabulary grows");

        HugoSite.write(editions, temp.resolve("hugo"));
        try (Stream<Path> pages = Files.walk(temp.resolve("hugo/content"))) {
            assertEquals(editions.size() * 2, pages.filter(p -> p.toString().endsWith(".md")).count());
        }
        BenchCorpus.EditionDir first = editions.get(0);
        String initiative = Files.readString(first.dir().resolve("ja/pillars/01/01.md"), StandardCharsets.UTF_8);
        String body = initiative.substring(initiative.indexOf("\n---\n") + 5).strip();
        String hugoPage = Files.readString(temp.resolve("hugo/content/ja/" + first.ward() + "/" + first.year()
                + ".md"), StandardCharsets.UTF_8);
        assertTrue(hugoPage.contains(body), "Hugo gets the same text");
    }

    private SortedMap<String, byte[]> render(Path content, List<ContentError> warnings) throws Exception {
        Path project = BuiltSite.PROJECT;
        return new SiteBuilder(new SiteConfig(project, content, project.resolve("templates"), temp.resolve("site"),
                "http://localhost/")).render(warnings).files();
    }

    private static int terms(SortedMap<String, byte[]> site) throws Exception {
        int words = 0;
        for (var file : site.entrySet()) {
            if (file.getKey().startsWith("search/ja/v/")) {
                words += new ObjectMapper().readTree(file.getValue()).size();
            }
        }
        return words;
    }
}
