package org.hoshin.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Edition;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Ward;
import org.hoshin.render.Messages;
import org.hoshin.testing.Fixture;
import org.hoshin.testing.TwoEditions;
import org.hoshin.content.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index format: vocabulary shards that lead to postings, impacts that decode back, readings, small files. */
class SearchIndexWriterTest {

    private final ObjectMapper json = new ObjectMapper();
    private final EnglishAnalysis english = new EnglishAnalysis();

    private Map<String, String> englishIndex(List<SearchDocument> docs) {
        return texts(new SearchIndexWriter().write(Lang.EN, docs, List.of("izumi", "kohoku"),
                Map.of("izumi", "Izumi Ward", "kohoku", "Kohoku Ward"), english::analyze, List.of(List.of("a", "b"))));
    }

    /** The index's files as text (they are written as UTF-8). */
    static Map<String, String> texts(Map<String, byte[]> files) {
        Map<String, String> texts = new LinkedHashMap<>();
        files.forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    /** The entries of a word, as the browser finds them: the shard of its first character, then the postings. */
    private List<Integer> docsOf(Map<String, String> files, String word) throws Exception {
        JsonNode root = json.readTree(files.get("root.json"));
        JsonNode shard = json.readTree(files.get("v/" + ShardKey.of(word, root.get("shards").asInt()) + ".json"));
        JsonNode entry = shard.get(word).get(0);
        JsonNode row = json.readTree(files.get("p/" + entry.get(entry.size() - 2).asInt() + ".json"))
                .get(entry.get(entry.size() - 1).asInt());
        assertEquals(row.size() / 2, entry.get(entry.size() - 3).asInt(), "document frequency");
        List<Integer> docs = new ArrayList<>();
        int doc = 0;
        for (int i = 0; i < row.size(); i += 2) {
            doc += row.get(i).asInt();
            docs.add(doc);
            assertTrue(row.get(i + 1).asInt() > 0, "impact");
        }
        return docs;
    }

    @Test
    void aWordLeadsThroughItsShardToTheDocumentsThatHaveIt() throws Exception {
        List<SearchDocument> docs = List.of(
                new SearchDocument("kohoku", 2022, "s", "Parks", "", "Parks and gardens.", "wards/kohoku/#b"),
                new SearchDocument("izumi", 2022, "s", "Disaster drills", "", "Drills for disasters.", "wards/izumi/#a"),
                new SearchDocument("izumi", 2021, "s", "Safety", "Disaster Program", "Disaster safety.",
                        "wards/izumi/#c"));
        Map<String, String> files = englishIndex(docs);
        List<Integer> found = docsOf(files, english.stem("disasters"));
        assertEquals(2, found.size());
        List<String> urls = new ArrayList<>();
        for (int d : found) {
            urls.add(json.readTree(files.get("d/" + d + ".json")).get(0).asText());
        }
        assertEquals(List.of("wards/izumi/#c", "wards/izumi/#a"), urls, "ward order, then fiscal year");
        JsonNode root = json.readTree(files.get("root.json"));
        assertEquals("[[0,2021,0],[0,2022,1],[1,2022,2]]", root.get("editions").toString());
        assertEquals("[[\"a\",\"b\"]]", root.get("synonyms").toString());
    }

    @Test
    void partsMadePerEditionWriteTheIndexOfPartsMadePerWard(@TempDir Path temp) throws Exception {
        SiteContent content = new ContentLoader(Fixture.ROOT).load(TwoEditions.create(temp.resolve("content")));
        List<String> wardIds = content.wards().stream().map(Ward::id).toList();
        assertTrue(content.wards().stream().anyMatch(w -> w.editions().size() > 1), "a ward has two editions");
        JapaneseAnalysis japanese = RealContent.japanese();
        WordUnion kept = new WordUnion();
        for (Lang lang : Lang.ALL) {
            Map<String, String> messages = Messages.load(Path.of("templates"), lang.code());
            Map<String, String> names = new LinkedHashMap<>();
            content.wards().forEach(w -> names.put(w.id(), w.name(lang)));
            Function<String, List<Term>> analyzer = lang.isJapanese() ? japanese::analyzeForSearch : english::analyze;
            Map<String, byte[]> perWard = new SearchIndexWriter().write(lang,
                    new SearchDocuments().of(content.wards(), lang, messages), wardIds, names, analyzer, List.of());
            List<IndexPart> perEdition = new ArrayList<>();
            for (Ward ward : content.wards()) {
                for (Edition edition : ward.editions()) {
                    perEdition.add(IndexPart.of(new SearchDocuments().of(edition, edition.equals(ward.latest()), lang,
                            messages), analyzer, lang.isJapanese()));
                }
            }
            assertTrue(perEdition.size() > wardIds.size());
            // a union that numbered words no part has any more, as the preview's after saves, changes nothing
            IndexPart gone = IndexPart.of(List.of(new SearchDocument(wardIds.get(0), 2022, "s", "Zymurgy 防災訓練",
                    "", "aardvark zebras 避難所", "x")), analyzer, lang.isJapanese());
            new SearchIndexWriter().write(lang, List.of(gone, perEdition.get(1)), wardIds, names, List.of(), kept);
            for (WordUnion words : List.of(new WordUnion(), kept)) {
                Map<String, byte[]> merged = new SearchIndexWriter().write(lang, perEdition, wardIds, names,
                        List.of(), words);
                assertEquals(perWard.keySet(), merged.keySet(), lang.code());
                perWard.forEach((file, bytes) -> assertArrayEquals(bytes, merged.get(file), lang.code() + " " + file));
            }
        }
    }

    @Test
    void aTitleMatchOutweighsATextMatch() throws Exception {
        List<SearchDocument> docs = List.of(
                new SearchDocument("izumi", 2022, "s", "Parks", "", "Bees live in parks.", "wards/izumi/#a"),
                new SearchDocument("izumi", 2022, "s", "Bees", "", "Parks have them.", "wards/izumi/#b"));
        Map<String, String> files = englishIndex(docs);
        JsonNode root = json.readTree(files.get("root.json"));
        String bee = english.stem("bees");
        JsonNode entry = json.readTree(files.get("v/" + ShardKey.of(bee, root.get("shards").asInt()) + ".json"))
                .get(bee).get(0);
        JsonNode row = json.readTree(files.get("p/" + entry.get(1).asInt() + ".json")).get(entry.get(2).asInt());
        assertTrue(row.get(3).asInt() > row.get(1).asInt(), "title impact above text impact: " + row);
    }

    @Test
    void kanaReadingsLeadToTheKanjiTermInTheReadingsShard() throws Exception {
        JapaneseAnalysis japanese = new JapaneseAnalysis(null);
        Map<String, String> files = texts(new SearchIndexWriter().write(Lang.JA,
                List.of(new SearchDocument("izumi", 2022, "s", "防災訓練", "", "地域の防災", "wards/izumi/#a")),
                List.of("izumi"), Map.of("izumi", "泉区"), japanese::analyze, List.of()));
        JsonNode root = json.readTree(files.get("root.json"));
        JsonNode shard = json.readTree(files.get("v/" + ShardKey.of("ボウサイ", root.get("shards").asInt())
                + ".json"));
        assertEquals("防災", shard.get("ボウサイ").get(0).get(0).asText());
        assertEquals(ShardKey.of("ぼうさい", 7), ShardKey.of("ボウサイ", 7), "hiragana and katakana share a shard");
    }

    @Test
    void everyFileStaysSmallAsTheIndexGrows() {
        List<SearchDocument> docs = new ArrayList<>();
        for (int d = 0; d < 400; d++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                text.append(Integer.toString(d * 7919 + w * 104_729, 36)).append("x ");
            }
            docs.add(new SearchDocument("izumi", 2022, "s", "title " + d, "", text.toString(), "wards/izumi/#x" + d));
        }
        Map<String, String> files = englishIndex(docs);
        assertTrue(files.keySet().stream().filter(f -> f.startsWith("v/")).count() > 1);
        files.forEach((name, text) -> {
            if (name.startsWith("v/")) {
                assertTrue(text.length() < 4 * SearchIndexWriter.VOCABULARY_SHARD_BYTES, name + ": " + text.length());
            } else if (name.startsWith("p/")) {
                assertTrue(text.length() < 4 * SearchIndexWriter.POSTINGS_FILE_BYTES, name + ": " + text.length());
            }
        });
    }
}
