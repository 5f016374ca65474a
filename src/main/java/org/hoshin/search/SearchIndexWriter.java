package org.hoshin.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Writes a compact static search index for one language (format in README, "Search index"):
 * {@code meta.json} with documents, vocabulary and readings; postings in shards ({@code postings-N.json}) of
 * consecutive term ids, delta-encoded, so a query downloads only the shards of its terms once the index outgrows
 * about 100 KB; and one {@code text-<ward>.json} per ward for result snippets.
 */
public final class SearchIndexWriter {

    /** Postings bigger than this are split into shards of about half of it. */
    public static final int SHARD_THRESHOLD = 100_000;

    private static final int[] FIELD_WEIGHTS = {3, 2, 1};
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param analyzer turns a field's text into terms (Kuromoji for Japanese, the English chain for English)
     * @return file name → content
     */
    public Map<String, String> write(String lang, List<SearchDocument> docs, List<String> wardIds,
                                     Map<String, String> wardNames, Function<String, List<Term>> analyzer) {
        TreeMap<String, TreeMap<Integer, int[]>> postings = new TreeMap<>();
        TreeMap<String, TreeSet<String>> readings = new TreeMap<>();
        TreeMap<String, String> forms = new TreeMap<>();
        List<List<Object>> docRows = new ArrayList<>();
        long[] totalLengths = new long[3];
        for (int d = 0; d < docs.size(); d++) {
            SearchDocument doc = docs.get(d);
            String[] fields = {doc.title(), doc.program(), doc.text()};
            int[] lengths = new int[3];
            for (int f = 0; f < 3; f++) {
                List<Term> terms = analyzer.apply(fields[f]);
                lengths[f] = terms.size();
                totalLengths[f] += terms.size();
                for (Term term : terms) {
                    postings.computeIfAbsent(term.term(), t -> new TreeMap<>())
                            .computeIfAbsent(d, x -> new int[3])[f]++;
                    if (!term.reading().isEmpty() && !term.reading().equals(term.term())) {
                        readings.computeIfAbsent(term.reading(), r -> new TreeSet<>()).add(term.term());
                    }
                    String form = term.surface().toLowerCase(java.util.Locale.ROOT);
                    if (!form.equals(term.term())) {
                        forms.putIfAbsent(form, term.term());
                    }
                }
            }
            docRows.add(List.of(wardIds.indexOf(doc.ward()), doc.url(), doc.title(), doc.program(), doc.section(),
                    lengths[0], lengths[1], lengths[2]));
        }
        List<String> vocabulary = new ArrayList<>(postings.keySet());
        Map<String, Integer> ids = new TreeMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            ids.put(vocabulary.get(i), i);
        }
        Map<String, String> files = new LinkedHashMap<>();
        List<Integer> shardStarts = new ArrayList<>();
        List<List<int[]>> shards = shard(vocabulary, postings, shardStarts);
        for (int s = 0; s < shards.size(); s++) {
            Map<String, Object> shard = new LinkedHashMap<>();
            shard.put("first", shardStarts.get(s));
            shard.put("postings", shards.get(s));
            files.put("postings-" + s + ".json", write(shard));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", 1);
        meta.put("lang", lang);
        meta.put("weights", FIELD_WEIGHTS);
        meta.put("wards", wardIds.stream().map(w -> List.of(w, wardNames.getOrDefault(w, w))).toList());
        meta.put("docs", docRows);
        meta.put("avg", new double[] {avg(totalLengths[0], docs.size()), avg(totalLengths[1], docs.size()),
                avg(totalLengths[2], docs.size())});
        meta.put("terms", vocabulary);
        meta.put("df", vocabulary.stream().map(t -> postings.get(t).size()).toList());
        meta.put("shards", shardStarts);
        Map<String, List<Integer>> readingIds = new TreeMap<>();
        readings.forEach((reading, terms) -> readingIds.put(reading, terms.stream().map(ids::get).toList()));
        meta.put("readings", readingIds);
        Map<String, Integer> formIds = new TreeMap<>();
        forms.forEach((form, term) -> formIds.put(form, ids.get(term)));
        meta.put("forms", formIds);
        files.put("meta.json", write(meta));
        for (String ward : wardIds) {
            Map<String, String> texts = new TreeMap<>();
            for (int d = 0; d < docs.size(); d++) {
                if (docs.get(d).ward().equals(ward)) {
                    texts.put(Integer.toString(d), docs.get(d).text());
                }
            }
            files.put("text-" + ward + ".json", write(texts));
        }
        return files;
    }

    /** Delta-encoded postings of each term ([doc gap, tf title, tf program, tf text, …]) cut into shards. */
    private static List<List<int[]>> shard(List<String> vocabulary, Map<String, TreeMap<Integer, int[]>> postings,
                                           List<Integer> starts) {
        List<int[]> encoded = new ArrayList<>();
        long total = 0;
        for (String term : vocabulary) {
            TreeMap<Integer, int[]> docs = postings.get(term);
            int[] row = new int[docs.size() * 4];
            int previous = 0;
            int i = 0;
            for (var entry : docs.entrySet()) {
                row[i++] = entry.getKey() - previous;
                previous = entry.getKey();
                for (int f = 0; f < 3; f++) {
                    row[i++] = entry.getValue()[f];
                }
            }
            encoded.add(row);
            total += estimate(row);
        }
        long target = total > SHARD_THRESHOLD ? SHARD_THRESHOLD / 2 : Long.MAX_VALUE;
        List<List<int[]>> shards = new ArrayList<>();
        List<int[]> current = new ArrayList<>();
        long size = 0;
        starts.add(0);
        for (int t = 0; t < encoded.size(); t++) {
            if (size > target) {
                shards.add(current);
                current = new ArrayList<>();
                starts.add(t);
                size = 0;
            }
            current.add(encoded.get(t));
            size += estimate(encoded.get(t));
        }
        shards.add(current);
        return shards;
    }

    private static long estimate(int[] row) {
        long size = 2;
        for (int value : row) {
            size += Integer.toString(value).length() + 1;
        }
        return size;
    }

    private static double avg(long total, int count) {
        return count == 0 ? 0 : Math.round(total * 100.0 / count) / 100.0;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
