package org.hoshin.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the search index holds of one ward's documents (of one language), made from those documents alone: their
 * terms counted per field, their lengths, the kana readings and inflected forms that lead to their terms, and each
 * document's file. Everything global (document numbers, average lengths, impacts, shards) is left to
 * {@link SearchIndexWriter#write(String, List, List, Map, List)}, which merges the parts of all wards; so the preview
 * keeps a ward's part while the ward is unchanged, and a save analyses and counts only the edited ward's texts.
 * Immutable once made, so a part can be shared between builds and threads.
 */
public final class IndexPart {

    private final String ward;
    private final int[] years;
    private final byte[][] documents;
    private final int[] lengths;
    private final Map<String, int[]> postings;
    private final Map<String, TreeSet<String>> aliases;

    private IndexPart(String ward, int[] years, byte[][] documents, int[] lengths, Map<String, int[]> postings,
                      Map<String, TreeSet<String>> aliases) {
        this.ward = ward;
        this.years = years;
        this.documents = documents;
        this.lengths = lengths;
        this.postings = postings;
        this.aliases = aliases;
    }

    /**
     * The part of {@code documents}, which are all of one ward: they go into the index by fiscal year, in their
     * order within a year.
     *
     * @param analyzer  turns a field's text into terms (asked for each document's title, program and text, once)
     * @param keepForms whether inflected surface forms lead to their terms (the Japanese index)
     */
    public static IndexPart of(List<SearchDocument> documents, Function<String, List<Term>> analyzer,
                               boolean keepForms) {
        List<SearchDocument> docs = new ArrayList<>(documents);
        docs.sort(Comparator.comparingInt(SearchDocument::year));
        Counter counter = new Counter(docs.size(), keepForms);
        for (int d = 0; d < docs.size(); d++) {
            SearchDocument doc = docs.get(d);
            counter.add(d, 0, analyzer.apply(doc.title()));
            counter.add(d, 1, analyzer.apply(doc.program()));
            counter.add(d, 2, analyzer.apply(doc.searchedText()));
        }
        int[] years = new int[docs.size()];
        byte[][] files = new byte[docs.size()][];
        for (int d = 0; d < docs.size(); d++) {
            SearchDocument doc = docs.get(d);
            years[d] = doc.year();
            files[d] = JsonBytes.array(doc.url(), doc.title(), doc.program(), doc.section(), doc.shownText());
        }
        return new IndexPart(docs.isEmpty() ? "" : docs.get(0).ward(), years, files, counter.lengths,
                counter.postings(), counter.aliases);
    }

    /** The ward of the documents ("" when there are none). */
    String ward() {
        return ward;
    }

    int size() {
        return years.length;
    }

    /** The fiscal year of document {@code d} (numbered from 0 within the part). */
    int year(int d) {
        return years[d];
    }

    /**
     * The file {@code d/ID.json} of document {@code d}, [url, title, program, section, shown text], as UTF-8 (kept
     * so between saves, written as it is). Do not change it.
     */
    byte[] document(int d) {
        return documents[d];
    }

    /** The length in terms of field {@code f} (title, program, text) of document {@code d}. */
    int length(int d, int f) {
        return lengths[d * Bm25.FIELDS + f];
    }

    /**
     * Term → [document, tf title, tf program, tf text, document, …], documents numbered from 0 within the part, in
     * increasing order. Do not change the arrays.
     */
    Map<String, int[]> postings() {
        return postings;
    }

    /** Word (a kana reading, or an inflected form) → the terms it leads to. Do not change them. */
    Map<String, TreeSet<String>> aliases() {
        return aliases;
    }

    /** Counts the terms of a part's documents, field by field, in document order. */
    private static final class Counter {
        private final int[] lengths;
        private final boolean keepForms;
        private final Map<String, Row> rows = new HashMap<>();
        private final Map<String, TreeSet<String>> aliases = new HashMap<>();
        private final Set<Term> seen = new HashSet<>();

        Counter(int documents, boolean keepForms) {
            this.lengths = new int[documents * Bm25.FIELDS];
            this.keepForms = keepForms;
        }

        void add(int doc, int field, List<Term> terms) {
            lengths[doc * Bm25.FIELDS + field] = terms.size();
            for (Term term : terms) {
                rows.computeIfAbsent(term.term(), t -> new Row()).occurrence(doc, field);
                if (seen.add(term)) { // most terms recur: their readings and forms are known already
                    alias(term);
                }
            }
        }

        /** A term's reading and (Japanese) its inflected form lead to it, unless they are the term itself. */
        private void alias(Term term) {
            if (!term.reading().isEmpty() && !term.reading().equals(term.term())) {
                aliases.computeIfAbsent(term.reading(), r -> new TreeSet<>()).add(term.term());
            }
            String form = term.surface().toLowerCase(Locale.ROOT);
            if (keepForms && !form.equals(term.term())) {
                aliases.computeIfAbsent(form, r -> new TreeSet<>()).add(term.term());
            }
        }

        Map<String, int[]> postings() {
            Map<String, int[]> postings = new HashMap<>(rows.size() * 4 / 3 + 1);
            rows.forEach((term, row) -> postings.put(term, Arrays.copyOf(row.values, row.size)));
            return postings;
        }
    }

    /** One term's [document, tf title, tf program, tf text, …] as it grows. */
    private static final class Row {
        private static final int WIDTH = Bm25.FIELDS + 1;
        private int[] values = new int[WIDTH];
        private int size;

        /** Documents come in increasing order. */
        void occurrence(int doc, int field) {
            if (size == 0 || values[size - WIDTH] != doc) {
                if (size == values.length) {
                    values = Arrays.copyOf(values, values.length * 2);
                }
                values[size] = doc;
                size += WIDTH;
            }
            values[size - WIDTH + field + 1]++;
        }
    }
}
