package org.hoshin.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.hoshin.content.Parallel;

/**
 * Writes a static search index for one language that a browser loads in small pieces (format in
 * docs/search-index.md): a small {@code root.json}; vocabulary shards {@code v/K.json} keyed by a word's first two
 * characters ({@link ShardKey}); postings files {@code p/N.json} of a few kilobytes with precomputed BM25 impacts,
 * so ranking needs no document lengths; and one {@code d/ID.json} per document (title, link, text for the snippet),
 * fetched only for the results shown. What a first query downloads therefore depends on the query, not on the
 * corpus size.
 *
 * <p>The index is merged from one {@link IndexPart} per ward, each made from that ward's documents alone, so that
 * the preview keeps the parts of the wards a save did not touch; document numbers, average lengths, impacts and
 * shards belong to the whole index and are computed in the merge. Merging parts made one by one gives the same
 * files as writing all the documents at once.
 */
public final class SearchIndexWriter {

    /** Raw size a vocabulary shard aims at; the shard count follows from the vocabulary size. */
    public static final int VOCABULARY_SHARD_BYTES = 2_000;
    /** Raw size a postings file aims at (a term with more postings gets a file of its own). */
    public static final int POSTINGS_FILE_BYTES = 1_500;

    private final ObjectMapper json = new ObjectMapper();
    private final Executor pool;

    /** A writer that analyses on the calling thread only. */
    public SearchIndexWriter() {
        this(null);
    }

    /**
     * A writer that analyses the wards' documents on {@code pool}'s threads as well as the caller's ({@code null}:
     * the caller's only); {@code analyzer} must then be safe to share between threads. The index is the same either
     * way.
     */
    public SearchIndexWriter(Executor pool) {
        this.pool = pool;
    }

    /**
     * The index of {@code documents}: ordered by ward (in the order of {@code wardIds}), then by fiscal year, each
     * ward's documents made into an {@link IndexPart}, and the parts merged.
     *
     * @param analyzer turns a field's text into terms (Kuromoji for Japanese, the English chain for English)
     * @param synonyms equivalent phrase groups applied at query time (English), or empty
     * @return file name → content
     */
    public Map<String, String> write(String lang, List<SearchDocument> documents, List<String> wardIds,
                                     Map<String, String> wardNames, Function<String, List<Term>> analyzer,
                                     List<List<String>> synonyms) {
        Map<String, Integer> wardOrder = new HashMap<>();
        for (int w = 0; w < wardIds.size(); w++) {
            wardOrder.putIfAbsent(wardIds.get(w), w); // a ward's first place, as a list's indexOf
        }
        List<SearchDocument> docs = new ArrayList<>(documents);
        docs.sort(Comparator.comparingInt((SearchDocument d) -> wardOrder.getOrDefault(d.ward(), -1))
                .thenComparingInt(SearchDocument::year));
        List<List<SearchDocument>> wards = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            if (d == 0 || !docs.get(d).ward().equals(docs.get(d - 1).ward())) {
                wards.add(new ArrayList<>());
            }
            wards.get(wards.size() - 1).add(docs.get(d));
        }
        boolean japanese = lang.equals("ja");
        List<IndexPart> parts = Parallel.map(pool, wards, ward -> IndexPart.of(ward, analyzer, japanese));
        return write(lang, parts, wardIds, wardNames, synonyms);
    }

    /**
     * The index made of {@code parts}, in document order (each ward's part in the order of {@code wardIds}): the
     * same files as {@link #write(String, List, List, Map, Function, List)} of all their documents. Here the
     * figures of the whole index are computed: document numbers, average lengths and impacts, the vocabulary's
     * size and so the shards.
     *
     * @param synonyms equivalent phrase groups applied at query time (English), or empty
     * @return file name → content
     */
    public Map<String, String> write(String lang, List<IndexPart> parts, List<String> wardIds,
                                     Map<String, String> wardNames, List<List<String>> synonyms) {
        Map<String, int[]> impacts = impacts(parts);
        Vocabulary vocabulary = new Vocabulary(impacts.keySet(), parts);
        Map<String, String> files = new LinkedHashMap<>();
        int shardCount = Math.max(1, vocabulary.estimatedBytes() / VOCABULARY_SHARD_BYTES);
        Map<String, Integer> shardOf = new HashMap<>();
        impacts.keySet().forEach(t -> shardOf.put(t, ShardKey.of(t, shardCount)));
        List<String> terms = new ArrayList<>(impacts.keySet());
        terms.sort(Comparator.comparingInt((String t) -> shardOf.get(t)).thenComparing(t -> t));
        Map<String, List<Object>> entries = writePostings(terms, impacts, files);
        writeVocabulary(vocabulary, entries, shardCount, files);
        int docs = 0;
        for (IndexPart part : parts) {
            for (int d = 0; d < part.size(); d++) {
                files.put("d/" + docs++ + ".json", part.document(d));
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 2);
        root.put("lang", lang);
        root.put("docs", docs);
        root.put("shards", shardCount);
        root.put("wards", wardIds.stream().map(w -> List.of(w, wardNames.getOrDefault(w, w))).toList());
        root.put("editions", editions(parts, wardIds));
        root.put("synonyms", synonyms);
        files.put("root.json", write(root));
        return files;
    }

    /** Term → [doc gap, impact, doc gap, impact, …], the parts' documents numbered one after the other. */
    private static Map<String, int[]> impacts(List<IndexPart> parts) {
        Bm25 bm25 = new Bm25(parts);
        Map<String, Impacts> merged = new HashMap<>();
        int offset = 0;
        for (IndexPart part : parts) {
            int first = offset;
            part.postings().forEach((term, row) -> merged.computeIfAbsent(term, t -> new Impacts())
                    .add(first, row, bm25));
            offset += part.size();
        }
        Map<String, int[]> impacts = new HashMap<>(merged.size() * 4 / 3 + 1);
        merged.forEach((term, row) -> impacts.put(term, row.values()));
        return impacts;
    }

    /** [ward index, fiscal year, first document id] of each ward's edition, in document order. */
    private static List<List<Integer>> editions(List<IndexPart> parts, List<String> wardIds) {
        List<List<Integer>> editions = new ArrayList<>();
        String ward = null;
        int year = 0;
        int doc = 0;
        for (IndexPart part : parts) {
            for (int d = 0; d < part.size(); d++, doc++) {
                if (!part.ward().equals(ward) || part.year(d) != year) {
                    ward = part.ward();
                    year = part.year(d);
                    editions.add(List.of(wardIds.indexOf(ward), year, doc));
                }
            }
        }
        return editions;
    }

    /**
     * Packs the delta-encoded postings ([doc gap, impact, …]) of consecutive terms into files of about
     * {@link #POSTINGS_FILE_BYTES}; returns each term's vocabulary entry [document frequency, file, position].
     */
    private Map<String, List<Object>> writePostings(List<String> terms, Map<String, int[]> impacts,
                                                    Map<String, String> files) {
        Map<String, List<Object>> entries = new TreeMap<>();
        List<int[]> current = new ArrayList<>();
        int file = 0;
        int size = 0;
        for (String term : terms) {
            int[] row = impacts.get(term);
            int bytes = estimate(row);
            if (!current.isEmpty() && size + bytes > POSTINGS_FILE_BYTES) {
                files.put("p/" + file++ + ".json", write(current));
                current = new ArrayList<>();
                size = 0;
            }
            entries.put(term, List.of(row.length / 2, file, current.size()));
            current.add(row);
            size += bytes;
        }
        if (!current.isEmpty()) {
            files.put("p/" + file + ".json", write(current));
        }
        return entries;
    }

    /**
     * Each shard maps a word to its entries: [df, file, position] when the word is itself a term, [term, df, file,
     * position] when it is a kana reading or an inflected form of one.
     */
    private void writeVocabulary(Vocabulary vocabulary, Map<String, List<Object>> entries, int shardCount,
                                 Map<String, String> files) {
        List<Map<String, List<Object>>> shards = new ArrayList<>();
        for (int s = 0; s < shardCount; s++) {
            shards.add(new TreeMap<>());
        }
        entries.forEach((term, entry) -> shards.get(ShardKey.of(term, shardCount))
                .computeIfAbsent(term, t -> new ArrayList<>()).add(entry));
        vocabulary.aliases().forEach((alias, targets) -> {
            for (String target : targets) {
                List<Object> entry = new ArrayList<>();
                entry.add(target);
                entry.addAll(entries.get(target));
                shards.get(ShardKey.of(alias, shardCount)).computeIfAbsent(alias, t -> new ArrayList<>()).add(entry);
            }
        });
        for (int s = 0; s < shardCount; s++) {
            files.put("v/" + s + ".json", write(shards.get(s)));
        }
    }

    static int estimate(int[] row) {
        int size = 2;
        for (int value : row) {
            size += Integer.toString(value).length() + 1;
        }
        return size;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One term's merged row, [doc gap, impact, …], as the parts are added in document order. */
    private static final class Impacts {
        private int[] values = new int[2];
        private int size;
        private int previous;

        /** The postings of one part's row, its documents numbered from {@code first}. */
        void add(int first, int[] row, Bm25 bm25) {
            int needed = size + row.length / (Bm25.FIELDS + 1) * 2;
            if (needed > values.length) {
                values = Arrays.copyOf(values, Math.max(needed, values.length * 2));
            }
            for (int at = 0; at < row.length; at += Bm25.FIELDS + 1) {
                int doc = first + row[at];
                values[size++] = doc - previous;
                values[size++] = bm25.impact(doc, row, at);
                previous = doc;
            }
        }

        int[] values() {
            return size == values.length ? values : Arrays.copyOf(values, size);
        }
    }

    /**
     * The index's words: its terms, and the kana readings and (Japanese) inflected surface forms of all the parts,
     * each leading to the terms it is a reading or form of.
     */
    private static final class Vocabulary {
        private final Set<String> terms;
        private final Map<String, TreeSet<String>> aliases = new HashMap<>();

        Vocabulary(Set<String> terms, List<IndexPart> parts) {
            this.terms = terms;
            for (IndexPart part : parts) {
                part.aliases().forEach((alias, targets) -> aliases.computeIfAbsent(alias, a -> new TreeSet<>())
                        .addAll(targets));
            }
        }

        /** Word → the terms it leads to; a word never leads to itself (a part leaves those out). */
        Map<String, TreeSet<String>> aliases() {
            return aliases;
        }

        int estimatedBytes() {
            int bytes = 0;
            for (String term : terms) {
                bytes += term.length() * 3 + 12;
            }
            for (var alias : aliases.entrySet()) {
                bytes += alias.getKey().length() * 3 + 6 + alias.getValue().size() * 24;
            }
            return bytes;
        }
    }
}
