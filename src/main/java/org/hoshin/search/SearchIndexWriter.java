package org.hoshin.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 */
public final class SearchIndexWriter {

    /** Raw size a vocabulary shard aims at; the shard count follows from the vocabulary size. */
    public static final int VOCABULARY_SHARD_BYTES = 2_000;
    /** Raw size a postings file aims at (a term with more postings gets a file of its own). */
    public static final int POSTINGS_FILE_BYTES = 1_500;

    /**
     * Documents analysed together on the build's threads, one batch ahead of the one whose terms go into the index
     * (in document order, on the caller's thread).
     */
    private static final int BATCH = 128;

    private final ObjectMapper json = new ObjectMapper();
    private final Executor pool;

    /** A writer that analyses on the calling thread only. */
    public SearchIndexWriter() {
        this(null);
    }

    /**
     * A writer that analyses documents on {@code pool}'s threads as well as the caller's ({@code null}: the caller's
     * only); {@code analyzer} must then be safe to share between threads. The index is the same either way.
     */
    public SearchIndexWriter(Executor pool) {
        this.pool = pool;
    }

    /**
     * @param analyzer turns a field's text into terms (Kuromoji for Japanese, the English chain for English)
     * @param synonyms equivalent phrase groups applied at query time (English), or empty
     * @return file name → content
     */
    public Map<String, String> write(Lang lang, List<SearchDocument> documents, List<String> wardIds,
                                     Map<String, String> wardNames, Function<String, List<Term>> analyzer,
                                     List<List<String>> synonyms) {
        Map<String, Integer> wardOrder = new HashMap<>();
        for (int w = 0; w < wardIds.size(); w++) {
            wardOrder.putIfAbsent(wardIds.get(w), w); // a ward's first place, as a list's indexOf
        }
        List<SearchDocument> docs = new ArrayList<>(documents);
        docs.sort(Comparator.comparingInt((SearchDocument d) -> wardOrder.getOrDefault(d.ward(), -1))
                .thenComparingInt(SearchDocument::year));
        Vocabulary vocabulary = new Vocabulary(lang.isJapanese());
        Bm25 bm25 = new Bm25();
        List<Parallel.Later<List<List<Term>>>> next = analyse(docs, 0, analyzer);
        for (int start = 0; start < docs.size(); start += BATCH) {
            List<Parallel.Later<List<List<Term>>>> batch = next;
            next = analyse(docs, start + BATCH, analyzer); // on the pool while this batch goes into the index
            for (int i = 0; i < batch.size(); i++) {
                int d = start + i;
                List<List<Term>> fields = terms(batch.get(i));
                for (int f = 0; f < fields.size(); f++) {
                    List<Term> terms = fields.get(f);
                    bm25.length(d, f, terms.size());
                    for (Term term : terms) {
                        bm25.occurrence(term.term(), d, f);
                        vocabulary.add(term);
                    }
                }
            }
        }
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, int[]> impacts = bm25.impacts();
        int shardCount = Math.max(1, vocabulary.estimatedBytes() / VOCABULARY_SHARD_BYTES);
        Map<String, Integer> shardOf = new HashMap<>();
        impacts.keySet().forEach(t -> shardOf.put(t, ShardKey.of(t, shardCount)));
        List<String> terms = new ArrayList<>(impacts.keySet());
        terms.sort(Comparator.comparingInt((String t) -> shardOf.get(t)).thenComparing(t -> t));
        Map<String, List<Object>> entries = writePostings(terms, impacts, files);
        writeVocabulary(vocabulary, entries, shardCount, files);
        for (int d = 0; d < docs.size(); d++) {
            SearchDocument doc = docs.get(d);
            files.put("d/" + d + ".json", write(List.of(doc.url(), doc.title(), doc.program(), doc.section(),
                    doc.shownText())));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 2);
        root.put("lang", lang.code());
        root.put("docs", docs.size());
        root.put("shards", shardCount);
        root.put("wards", wardIds.stream().map(w -> List.of(w, wardNames.getOrDefault(w, w))).toList());
        root.put("editions", editions(docs, wardIds));
        root.put("synonyms", synonyms);
        files.put("root.json", write(root));
        return files;
    }

    /** [ward index, fiscal year, first document id] of each ward's edition, in document order. */
    private static List<List<Integer>> editions(List<SearchDocument> docs, List<String> wardIds) {
        List<List<Integer>> editions = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            SearchDocument doc = docs.get(d);
            if (d == 0 || !doc.ward().equals(docs.get(d - 1).ward()) || doc.year() != docs.get(d - 1).year()) {
                editions.add(List.of(wardIds.indexOf(doc.ward()), doc.year(), d));
            }
        }
        return editions;
    }

    /**
     * Starts analysing the batch of documents from {@code start} on the pool: each document's title, program and
     * text. Without a pool nothing starts, and each document is analysed when its terms are asked for.
     */
    private List<Parallel.Later<List<List<Term>>>> analyse(List<SearchDocument> docs, int start,
                                                          Function<String, List<Term>> analyzer) {
        List<Parallel.Later<List<List<Term>>>> batch = new ArrayList<>();
        for (int d = start; d < Math.min(docs.size(), start + BATCH); d++) {
            SearchDocument doc = docs.get(d);
            batch.add(Parallel.start(pool, () -> List.of(analyzer.apply(doc.title()), analyzer.apply(doc.program()),
                    analyzer.apply(doc.searchedText()))));
        }
        return batch;
    }

    private static List<List<Term>> terms(Parallel.Later<List<List<Term>>> analysed) {
        try {
            return analysed.get();
        } catch (org.hoshin.content.ContentException e) {
            throw new IllegalStateException("analysing a text in memory reads no file", e);
        }
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

    /** Kana readings and, for Japanese, inflected surface forms that lead to indexed terms. */
    private static final class Vocabulary {
        private final boolean keepForms;
        private final Map<String, TreeSet<String>> aliases = new HashMap<>();
        private final Set<String> terms = new HashSet<>();
        private final Set<Term> seen = new HashSet<>();

        Vocabulary(boolean keepForms) {
            this.keepForms = keepForms;
        }

        /** Adds a term's word, reading and form; a term seen before (most are: words recur) adds nothing new. */
        void add(Term term) {
            if (!seen.add(term)) {
                return;
            }
            terms.add(term.term());
            if (!term.reading().isEmpty() && !term.reading().equals(term.term())) {
                aliases.computeIfAbsent(term.reading(), r -> new TreeSet<>()).add(term.term());
            }
            String form = term.surface().toLowerCase(Locale.ROOT);
            if (keepForms && !form.equals(term.term())) {
                aliases.computeIfAbsent(form, r -> new TreeSet<>()).add(term.term());
            }
        }

        Map<String, TreeSet<String>> aliases() {
            aliases.entrySet().removeIf(alias -> alias.getValue().size() == 1
                    && alias.getValue().first().equals(alias.getKey()));
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
