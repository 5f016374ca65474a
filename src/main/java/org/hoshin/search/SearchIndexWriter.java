package org.hoshin.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
     * The index made of {@code parts}, in document order (each ward's part in the order of {@code wardIds}): the
     * same files as {@link #write(String, List, List, Map, Function, List)} of all their documents. Here the
     * figures of the whole index are computed: document numbers, average lengths and impacts, the vocabulary's
     * size and so the shards.
     *
     * @param synonyms equivalent phrase groups applied at query time (English), or empty
     * @return file name → content (UTF-8; a document's file is its part's own array, which must not be changed)
     */
    public Map<String, byte[]> write(Lang lang, List<IndexPart> parts, List<String> wardIds,
                                     Map<String, String> wardNames, List<List<String>> synonyms) {
        Map<String, Impacts> impacts = impacts(parts);
        Vocabulary vocabulary = new Vocabulary(impacts.keySet(), parts);
        Map<String, byte[]> files = new LinkedHashMap<>();
        int shardCount = Math.max(1, vocabulary.estimatedBytes() / VOCABULARY_SHARD_BYTES);
        List<String[]> terms = byShard(impacts.keySet(), shardCount);
        writePostings(terms, impacts, files);
        writeVocabulary(terms, byShard(vocabulary.aliases().keySet(), shardCount), vocabulary, impacts, files);
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
        root.put("shards", shardCount);
        root.put("wards", wardIds.stream().map(w -> List.of(w, wardNames.getOrDefault(w, w))).toList());
        root.put("editions", editions(parts, wardIds));
        root.put("synonyms", synonyms);
        files.put("root.json", write(root).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** Term → [doc gap, impact, doc gap, impact, …], the parts' documents numbered one after the other. */
    private static Map<String, Impacts> impacts(List<IndexPart> parts) {
        Bm25 bm25 = new Bm25(parts);
        Map<String, Impacts> impacts = new HashMap<>();
        int offset = 0;
        for (IndexPart part : parts) {
            int first = offset;
            part.postings().forEach((term, row) -> impacts.computeIfAbsent(term, t -> new Impacts())
                    .add(first, row, bm25));
            offset += part.size();
        }
        return impacts;
    }

    /** {@code words} by their shard ({@link ShardKey}), each shard's in the order of their characters. */
    private static List<String[]> byShard(Set<String> words, int shardCount) {
        int[] sizes = new int[shardCount];
        int[] shardOf = new int[words.size()];
        int w = 0;
        for (String word : words) {
            shardOf[w] = ShardKey.of(word, shardCount);
            sizes[shardOf[w++]]++;
        }
        List<String[]> shards = new ArrayList<>(shardCount);
        for (int s = 0; s < shardCount; s++) {
            shards.add(new String[sizes[s]]);
        }
        int[] filled = new int[shardCount];
        w = 0;
        for (String word : words) {
            int s = shardOf[w++];
            shards.get(s)[filled[s]++] = word;
        }
        shards.forEach(Arrays::sort);
        return shards;
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
     * Packs the delta-encoded postings ([doc gap, impact, …]) of consecutive terms (in shard order, then in the order
     * of their characters) into files of about {@link #POSTINGS_FILE_BYTES}, and notes in each term's row the file
     * and position it went to.
     */
    private static void writePostings(List<String[]> shards, Map<String, Impacts> impacts,
                                      Map<String, byte[]> files) {
        JsonBytes current = null;
        int file = 0;
        int position = 0;
        int size = 0;
        for (String[] terms : shards) {
            for (String term : terms) {
                Impacts row = impacts.get(term);
                int bytes = row.estimatedBytes();
                if (current != null && size + bytes > POSTINGS_FILE_BYTES) {
                    files.put("p/" + file++ + ".json", current.raw(']').bytes());
                    current = null;
                }
                if (current == null) {
                    current = new JsonBytes(POSTINGS_FILE_BYTES + bytes).raw('[');
                    position = 0;
                    size = 0;
                }
                row.file = file;
                row.position = position;
                current.comma(position++).numbers(row.values(), 0, row.size());
                size += bytes;
            }
        }
        if (current != null) {
            files.put("p/" + file + ".json", current.raw(']').bytes());
        }
    }

    /**
     * Each shard maps a word to its entries: [df, file, position] when the word is itself a term, [term, df, file,
     * position] when it is a kana reading or an inflected form of one; words in the order of their characters.
     */
    private static void writeVocabulary(List<String[]> terms, List<String[]> aliases, Vocabulary vocabulary,
                                        Map<String, Impacts> impacts, Map<String, byte[]> files) {
        for (int s = 0; s < terms.size(); s++) {
            String[] ownWords = terms.get(s);
            String[] aliasWords = aliases.get(s);
            JsonBytes out = new JsonBytes(VOCABULARY_SHARD_BYTES * 2).raw('{');
            for (int t = 0, a = 0, w = 0; t < ownWords.length || a < aliasWords.length; w++) {
                int order = t == ownWords.length ? 1 : a == aliasWords.length ? -1
                        : ownWords[t].compareTo(aliasWords[a]);
                String word = order <= 0 ? ownWords[t] : aliasWords[a];
                out.comma(w).string(word).raw(':').raw('[');
                int entries = 0;
                if (order <= 0) {
                    Impacts own = impacts.get(ownWords[t++]);
                    out.raw('[').number(own.documents()).raw(',').number(own.file).raw(',').number(own.position)
                            .raw(']');
                    entries++;
                }
                if (order >= 0) {
                    for (String target : vocabulary.aliases().get(aliasWords[a++])) {
                        Impacts row = impacts.get(target);
                        out.comma(entries++).raw('[').string(target).raw(',').number(row.documents()).raw(',')
                                .number(row.file).raw(',').number(row.position).raw(']');
                    }
                }
                out.raw(']');
            }
            files.put("v/" + s + ".json", out.raw('}').bytes());
        }
    }

    /** Characters of {@code value} written in decimal, as the index writes it (never negative). */
    private static int digits(int value) {
        int digits = 1;
        for (int rest = value; rest >= 10; rest /= 10) {
            digits++;
        }
        return digits;
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
        /** The postings file and the position in it where the row was written. */
        private int file;
        private int position;

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
            return values;
        }

        /** How many of {@link #values} are the row's. */
        int size() {
            return size;
        }

        /** The document frequency. */
        int documents() {
            return size / 2;
        }

        /** The row's size in its file, about (as it was measured before it was written as a stream). */
        int estimatedBytes() {
            int bytes = 2;
            for (int i = 0; i < size; i++) {
                bytes += digits(values[i]) + 1;
            }
            return bytes;
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
