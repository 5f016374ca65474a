package org.hoshin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index format: delta-encoded postings that decode back, readings and word forms, shards past 100 KB. */
class SearchIndexWriterTest {

    private final ObjectMapper json = new ObjectMapper();
    private final EnglishAnalysis english = new EnglishAnalysis();

    @Test
    void postingsDecodeToTheDocumentsAndFieldFrequencies() throws Exception {
        List<SearchDocument> docs = List.of(
                new SearchDocument("izumi", "s", "Disaster drills", "", "Drills for disasters.", "wards/izumi/#a"),
                new SearchDocument("kohoku", "s", "Parks", "", "Parks and gardens.", "wards/kohoku/#b"),
                new SearchDocument("izumi", "s", "Safety", "Disaster Program", "Disaster safety.", "wards/izumi/#c"));
        Map<String, String> files = new SearchIndexWriter().write("en", docs, List.of("izumi", "kohoku"),
                Map.of("izumi", "Izumi Ward", "kohoku", "Kohoku Ward"), english::analyze);
        JsonNode meta = json.readTree(files.get("meta.json"));
        int disaster = indexOf(meta.get("terms"), english.stem("disaster"));
        assertEquals(2, meta.get("df").get(disaster).asInt());
        assertEquals(disaster, meta.get("forms").get("disasters").asInt(), "typed word forms map to their stem");
        JsonNode row = json.readTree(files.get("postings-0.json")).get("postings").get(disaster);
        assertEquals(List.of(0, 1, 0, 1, 2, 0, 1, 1), ints(row), "doc gap, tf title, tf program, tf text");
        assertEquals(1, meta.get("shards").size());
        assertTrue(json.readTree(files.get("text-izumi.json")).has("2"));
    }

    @Test
    void readingsPointFromKanaToTheKanjiTerms() throws Exception {
        JapaneseAnalysis japanese = new JapaneseAnalysis(null);
        Map<String, String> files = new SearchIndexWriter().write("ja",
                List.of(new SearchDocument("izumi", "s", "防災訓練", "", "地域の防災", "wards/izumi/#a")),
                List.of("izumi"), Map.of("izumi", "泉区"), japanese::analyze);
        JsonNode meta = json.readTree(files.get("meta.json"));
        int bosai = indexOf(meta.get("terms"), "防災");
        assertEquals(List.of(bosai), ints(meta.get("readings").get("ボウサイ")));
    }

    @Test
    void anIndexPastAbout100KbIsSplitIntoShardsOfConsecutiveTerms() throws Exception {
        List<SearchDocument> docs = new ArrayList<>();
        for (int d = 0; d < 400; d++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                text.append("word").append(Integer.toString(d * 7 + w * 13, 36)).append(' ');
            }
            docs.add(new SearchDocument("izumi", "s", "title " + d, "", text.toString(), "wards/izumi/#x" + d));
        }
        Map<String, String> files = new SearchIndexWriter().write("en", docs, List.of("izumi"),
                Map.of("izumi", "Izumi Ward"), english::analyze);
        JsonNode meta = json.readTree(files.get("meta.json"));
        int shards = meta.get("shards").size();
        assertTrue(shards > 1, "split into " + shards + " shards");
        int terms = 0;
        for (int s = 0; s < shards; s++) {
            JsonNode shard = json.readTree(files.get("postings-" + s + ".json"));
            assertEquals(meta.get("shards").get(s).asInt(), shard.get("first").asInt());
            assertTrue(files.get("postings-" + s + ".json").length() < SearchIndexWriter.SHARD_THRESHOLD);
            terms += shard.get("postings").size();
        }
        assertEquals(meta.get("terms").size(), terms, "every term is in exactly one shard");
    }

    private static int indexOf(JsonNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asText().equals(value)) {
                return i;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asInt()));
        return values;
    }
}
