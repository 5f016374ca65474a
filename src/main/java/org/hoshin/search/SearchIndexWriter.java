package org.hoshin.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.hoshin.content.Lang;
import org.hoshin.content.Parallel;

/**
 * Writes a static search index for one language that a browser loads in small pieces (format in
 * docs/search-index.md): a small {@code root.json}; vocabulary shards {@code v/K.json} keyed by a word's first two
 * characters ({@link ShardKey}); postings files {@code p/N.json} of a few kilobytes with precomputed BM25 impacts,
 * so ranking needs no document lengths; and one {@code d/ID.json} per document (title, link, text for the snippet),
 * fetched only for the results shown. What a first query downloads therefore depends on the query, not on the
 * corpus size.
 *
 * <p>The index is merged from {@link IndexPart}s (the site makes one per edition), each made from its documents
 * alone, so that the preview keeps the parts of the editions a save did not touch; document numbers, average
 * lengths, impacts and shards belong to the whole index and are computed in the merge ({@link IndexMerge}).
 * Merging parts made one by one gives the same files as writing all the documents at once.
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
     * @return file name → content (UTF-8)
     */
    public Map<String, byte[]> write(Lang lang, List<SearchDocument> documents, List<String> wardIds,
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
        boolean japanese = lang.isJapanese();
        List<IndexPart> parts = Parallel.map(pool, wards, ward -> IndexPart.of(ward, analyzer, japanese));
        return write(lang, parts, wardIds, wardNames, synonyms);
    }

    /**
     * The index made of {@code parts}, in document order (each ward's parts in the order of {@code wardIds}, each
     * ward's by fiscal year): the same files as {@link #write(Lang, List, List, Map, Function, List)} of all their
     * documents. Here the figures of the whole index are computed: document numbers, average lengths and impacts,
     * the vocabulary's size and so the shards.
     *
     * @param synonyms equivalent phrase groups applied at query time (English), or empty
     * @return file name → content (UTF-8; a document's file is its part's own array, which must not be changed)
     */
    public Map<String, byte[]> write(Lang lang, List<IndexPart> parts, List<String> wardIds,
                                     Map<String, String> wardNames, List<List<String>> synonyms) {
        return write(lang, parts, wardIds, wardNames, synonyms, new WordUnion());
    }

    /**
     * As {@link #write(Lang, List, List, Map, List)}, numbering the parts' words in {@code words}, which the preview
     * keeps between saves (one per language): the words of the parts it has seen are not looked up again.
     */
    public Map<String, byte[]> write(Lang lang, List<IndexPart> parts, List<String> wardIds,
                                     Map<String, String> wardNames, List<List<String>> synonyms, WordUnion words) {
        IndexMerge merge = new IndexMerge(parts, words);
        Map<String, byte[]> files = new LinkedHashMap<>();
        merge.write(files);
        int docs = 0;
        for (IndexPart part : parts) {
            for (int d = 0; d < part.size(); d++) {
                files.put("d/" + docs++ + ".json", part.document(d));
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 2);
        root.put("lang", lang.code());
        root.put("docs", docs);
        root.put("shards", merge.shardCount());
        root.put("wards", wardIds.stream().map(w -> List.of(w, wardNames.getOrDefault(w, w))).toList());
        root.put("editions", editions(parts, wardIds));
        root.put("synonyms", synonyms);
        files.put("root.json", write(root).getBytes(StandardCharsets.UTF_8));
        return files;
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

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
