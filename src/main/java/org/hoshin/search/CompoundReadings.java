package org.hoshin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Makes a word's reading hold wherever the word occurs, alone or inside a longer compound. Kuromoji's search mode
 * cuts 避難所 into 避難 and 所 (read ショ, not the ジョ of 避難所), and keeps 区役所 whole (so やくしょ never reaches
 * it): a kana query then finds only the wards where the word happens to be cut the way the query is read.
 *
 * <p>For the search index, this adds to the terms of a text (1) every run of two or three adjacent words written in
 * kanji or katakana that the dictionary knows as one word, with the dictionary's reading of the whole (避難所,
 * ヒナンジョ), and (2) the parts of a word kept whole that the dictionary knows as words of two characters or more,
 * with their own readings (区役所 → 役所, ヤクショ). The dictionary is asked with Kuromoji's normal mode, which keeps
 * dictionary words whole; each answer is remembered, as the same pairs recur on every page. Only the search index
 * uses it: themes keep the plain analysis. Safe to share between threads.
 */
public final class CompoundReadings {

    private static final int LONGEST_RUN = 3;
    private static final int SHORTEST_PART = 2;

    private final Analyzer normal;
    private final Analyzer search;
    private final Map<String, Optional<Term>> words = new ConcurrentHashMap<>();
    private final Map<String, Optional<Term>> alone = new ConcurrentHashMap<>();

    public CompoundReadings(UserDictionary userDictionary) {
        this.normal = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new JapaneseTokenizer(userDictionary, true, true,
                        JapaneseTokenizer.Mode.NORMAL));
            }
        };
        this.search = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                return new TokenStreamComponents(new JapaneseTokenizer(userDictionary, true, false,
                        JapaneseTokenizer.Mode.SEARCH));
            }
        };
    }

    /**
     * {@code terms} of {@code text} (as {@link JapaneseAnalysis#analyze} gives them), then the compounds and parts
     * they hide. Words are joined only where they touch in the text (not across 、 or ・, which the terms omit).
     */
    public List<Term> expand(String text, List<Term> terms) {
        int[] next = following(text, terms);
        Set<Term> added = null;
        for (int i = 0; i < terms.size(); i++) {
            if (!writtenAsNoun(terms.get(i))) {
                continue;
            }
            int j = next[i];
            if (j >= 0 && writtenAsNoun(terms.get(j)) && single(terms.get(j))) {
                for (Term suffixed : suffixed(terms.get(i), terms.get(j))) {
                    added = add(added, suffixed);
                }
            } else if (j >= 0 && writtenAsNoun(terms.get(j)) && single(terms.get(i))) {
                added = add(added, prefixed(terms.get(i), terms.get(j)));
            }
            StringBuilder run = new StringBuilder(terms.get(i).surface());
            for (int n = 1; n < LONGEST_RUN && j >= 0 && writtenAsNoun(terms.get(j)); n++, j = next[j]) {
                run.append(terms.get(j).surface());
                Optional<Term> whole = word(run.toString());
                if (whole.isPresent()) {
                    added = add(added, whole.get());
                }
            }
            Optional<Term> asAlone = alone.computeIfAbsent(terms.get(i).surface(), w -> lookUp(search, w, false));
            if (asAlone.isPresent()) {
                added = add(added, asAlone.get());
            }
            for (Term part : parts(terms.get(i))) {
                added = add(added, part);
            }
        }
        if (added == null) {
            return terms;
        }
        List<Term> all = new ArrayList<>(terms);
        added.removeAll(new HashSet<>(terms)); // a word read as the text's own term is not counted twice
        all.addAll(added);
        return all;
    }

    /**
     * A word and the one-kanji word after it (避難 所, 高齢 者, 商店 街) as one term, read both as the parts are and
     * with the second voiced (ヒナンショ and ヒナンジョ), as such compounds often are; the dictionary knows few of
     * them whole.
     */
    private static List<Term> suffixed(Term word, Term suffix) {
        if (word.reading().isEmpty() || suffix.reading().isEmpty() || word.equals(suffix)) {
            return List.of();
        }
        String whole = word.surface() + suffix.surface();
        String plain = word.reading() + suffix.reading();
        String voiced = word.reading() + voiced(suffix.reading());
        return plain.equals(voiced) ? List.of(new Term(whole, whole, plain))
                : List.of(new Term(whole, whole, plain), new Term(whole, whole, voiced));
    }

    /** One kanji and the word after it (二 次元, 各 地域) as one term, read as the parts are. */
    private static Term prefixed(Term prefix, Term word) {
        String whole = prefix.surface() + word.surface();
        return new Term(whole, whole, prefix.reading() + word.reading());
    }

    private static final String UNVOICED = "カキクケコサシスセソタチツテトハヒフヘホ";
    private static final String VOICED = "ガギグゲゴザジズゼゾダヂズデドバビブベボ";

    private static String voiced(String reading) {
        int at = UNVOICED.indexOf(reading.charAt(0));
        return at < 0 ? reading : VOICED.charAt(at) + reading.substring(1);
    }

    private static boolean single(Term term) {
        return term.surface().codePointCount(0, term.surface().length()) == 1;
    }

    /** Terms a compound and its parts at one place may put between two words (消防署, 消防, 署). */
    private static final int OVERLAP = 3;

    /**
     * For each term, the next term that starts where it ends in {@code text}, or -1. A term is looked for from the
     * start of the one before, as search mode gives a compound and its parts at the same place.
     */
    private static int[] following(String text, List<Term> terms) {
        int[] starts = new int[terms.size()];
        int from = 0;
        for (int i = 0; i < terms.size(); i++) {
            starts[i] = text.indexOf(terms.get(i).surface(), from);
            from = starts[i] < 0 ? from : starts[i];
        }
        int[] next = new int[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            next[i] = -1;
            int end = starts[i] + terms.get(i).surface().length();
            for (int j = i + 1; starts[i] >= 0 && j < Math.min(terms.size(), i + 1 + OVERLAP); j++) {
                if (starts[j] == end) {
                    next[i] = j;
                    break;
                }
            }
        }
        return next;
    }

    private static Set<Term> add(Set<Term> added, Term term) {
        Set<Term> list = added == null ? new LinkedHashSet<>() : added;
        list.add(term);
        return list;
    }

    /**
     * The parts of a word kept whole that are themselves dictionary words of two characters or more, and the whole
     * read as its parts are (富士山: フジヤマ in one place, フジサン where it is cut).
     */
    private List<Term> parts(Term term) {
        String word = term.surface();
        int length = word.codePointCount(0, word.length());
        if (length <= SHORTEST_PART || !word.equals(term.term())) {
            return List.of();
        }
        List<Term> parts = new ArrayList<>();
        for (int cut = 1; cut < word.length(); cut++) {
            if (Character.isLowSurrogate(word.charAt(cut))) {
                continue;
            }
            Optional<Term> head = word(word.substring(0, cut));
            Optional<Term> tail = word(word.substring(cut));
            if (head.isPresent() && tail.isPresent()) {
                parts.addAll(suffixed(head.get(), tail.get())); // 富士山 read フジヤマ is also フジサン
                head.filter(h -> h.term().length() >= SHORTEST_PART).ifPresent(parts::add);
                tail.filter(t -> t.term().length() >= SHORTEST_PART).ifPresent(parts::add);
                break;
            }
        }
        return parts;
    }

    /** The dictionary's word for {@code text} when it knows it as one word with a reading, remembered. */
    private Optional<Term> word(String text) {
        return words.computeIfAbsent(text, w -> lookUp(normal, w, true));
    }

    /**
     * The word {@code text} is when {@code analyzer} reads it alone: with {@code onlyWord} (normal mode) when it is
     * one dictionary word and nothing else; otherwise (search mode) when it is among the tokens, as a compound kept
     * with its parts is: the reading of the word alone (富士山 フジサン), which it may not have in a sentence
     * (フジヤマ), so that the query read as the word alone finds it everywhere.
     */
    private static Optional<Term> lookUp(Analyzer analyzer, String text, boolean onlyWord) {
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = stream.addAttribute(ReadingAttribute.class);
            stream.reset();
            Optional<Term> found = Optional.empty();
            int count = 0;
            while (stream.incrementToken()) {
                count++;
                if (term.toString().equals(text) && reading.getReading() != null) {
                    found = Optional.of(new Term(text, text, reading.getReading()));
                }
            }
            stream.end();
            return count == 1 || !onlyWord ? found : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
    }

    /** Written in kanji or katakana only (避難, 所, ケア): the words a compound noun is made of. */
    private static boolean writtenAsNoun(Term term) {
        String word = term.surface();
        if (word.isEmpty() || !word.equals(term.term())) {
            return false;
        }
        for (int i = 0; i < word.length(); ) { // a loop, not a stream: asked of every term of every text
            int c = word.codePointAt(i);
            if (!(Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || (c >= 0x30A1 && c <= 0x30FA) || c == 0x30FC || c == 0x3005 || c == 0x30F6)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
