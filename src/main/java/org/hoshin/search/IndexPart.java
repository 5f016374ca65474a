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
import java.util.function.Function;
import org.hoshin.content.Lang;

/**
 * What the search index holds of some documents of one ward (of one language; the site's parts are an edition's),
 * made from those documents alone: their terms counted per field, their lengths, the kana readings and inflected
 * forms that lead to their terms, and each document's file. Everything global (document numbers, average lengths,
 * impacts, shards) is left to {@link SearchIndexWriter#write(Lang, List, List, Map, List, WordUnion)}, which merges
 * the parts; so the preview keeps an edition's part while the edition is unchanged, and a save analyses and counts
 * only the edited edition's texts. Immutable once made, so a part can be shared between builds and threads.
 */
public final class IndexPart {

    private final String ward;
    private final int[] years;
    private final byte[][] documents;
    private final int[] lengths;
    private final String[] terms;
    private final int[][] rows;
    private final String[] aliases;
    private final int[][] targets;

    private IndexPart(String ward, int[] years, byte[][] documents, int[] lengths, Counter counter) {
        this.ward = ward;
        this.years = years;
        this.documents = documents;
        this.lengths = lengths;
        this.terms = counter.terms.toArray(String[]::new);
        this.rows = new int[terms.length][];
        for (int t = 0; t < terms.length; t++) {
            Row row = counter.rows.get(terms[t]);
            rows[t] = Arrays.copyOf(row.values, row.size);
        }
        this.aliases = counter.aliases.keySet().toArray(String[]::new);
        this.targets = new int[aliases.length][];
        for (int a = 0; a < aliases.length; a++) {
            targets[a] = counter.aliases.get(aliases[a]).toArray();
        }
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
        return new IndexPart(docs.isEmpty() ? "" : docs.get(0).ward(), years, files, counter.lengths, counter);
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

    /** How many terms the documents have (numbered from 0, in no particular order). */
    int terms() {
        return terms.length;
    }

    String term(int t) {
        return terms[t];
    }

    /**
     * Term {@code t}'s row: [document, tf title, tf program, tf text, document, …], documents numbered from 0 within
     * the part, in increasing order. Do not change it.
     */
    int[] row(int t) {
        return rows[t];
    }

    /** How many words (kana readings, inflected forms) lead to the part's terms (numbered from 0). */
    int aliases() {
        return aliases.length;
    }

    /** Alias {@code a}: a word that is a kana reading or an inflected form of terms; never one of them itself. */
    String alias(int a) {
        return aliases[a];
    }

    /** The terms (their numbers in the part) alias {@code a} leads to, each once. Do not change it. */
    int[] targets(int a) {
        return targets[a];
    }

    /** Counts the terms of a part's documents, field by field, in document order. */
    private static final class Counter {
        private final int[] lengths;
        private final boolean keepForms;
        private final Map<String, Row> rows = new HashMap<>();
        /** The terms in the order first met: a term's number is its place here. */
        private final List<String> terms = new ArrayList<>();
        private final Map<String, Targets> aliases = new HashMap<>();
        private final Set<Term> seen = new HashSet<>();

        Counter(int documents, boolean keepForms) {
            this.lengths = new int[documents * Bm25.FIELDS];
            this.keepForms = keepForms;
        }

        void add(int doc, int field, List<Term> terms) {
            lengths[doc * Bm25.FIELDS + field] = terms.size();
            for (Term term : terms) {
                Row row = rows.get(term.term());
                if (row == null) {
                    row = new Row(this.terms.size());
                    rows.put(term.term(), row);
                    this.terms.add(term.term());
                }
                row.occurrence(doc, field);
                if (seen.add(term)) { // most terms recur: their readings and forms are known already
                    alias(term, row.term);
                }
            }
        }

        /** A term's reading and (Japanese) its inflected form lead to it, unless they are the term itself. */
        private void alias(Term term, int number) {
            if (!term.reading().isEmpty() && !term.reading().equals(term.term())) {
                aliases.computeIfAbsent(term.reading(), r -> new Targets()).add(number);
            }
            String form = term.surface().toLowerCase(Locale.ROOT);
            if (keepForms && !form.equals(term.term())) {
                aliases.computeIfAbsent(form, r -> new Targets()).add(number);
            }
        }
    }

    /** The terms (by number) one alias leads to, each once: few, so looked through. */
    private static final class Targets {
        private int[] terms = new int[1];
        private int size;

        void add(int term) {
            for (int i = 0; i < size; i++) {
                if (terms[i] == term) {
                    return;
                }
            }
            if (size == terms.length) {
                terms = Arrays.copyOf(terms, size * 2);
            }
            terms[size++] = term;
        }

        int[] toArray() {
            return Arrays.copyOf(terms, size);
        }
    }

    /** One term's [document, tf title, tf program, tf text, …] as it grows. */
    private static final class Row {
        private static final int WIDTH = Bm25.FIELDS + 1;
        /** The term's number in the part. */
        private final int term;
        private int[] values = new int[WIDTH];
        private int size;

        Row(int term) {
            this.term = term;
        }

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
