package org.hoshin.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Japanese analysis for the search index with Lucene's Kuromoji: search-mode segmentation that keeps compounds and
 * their parts, base forms, part-of-speech stop tags, width folding (ＳＤＧｓ = SDGs), katakana prolonged-sound
 * stemming and each word's reading, so a kana query can find a kanji word.
 *
 * <p>The chain is a Lucene {@link Analyzer}, which keeps one tokenizer and filter chain per thread and resets it
 * for each text: making a tokenizer costs more than analysing a short title, and a build analyses thousands. The
 * terms of short texts are remembered, as they come back (the themes and the search index analyse the same titles
 * and programs; editions repeat them); long texts are not, so memory stays that of the content at any size. It is
 * safe to share between threads.
 */
public final class JapaneseAnalysis {

    /** Texts up to this many characters (titles, programs, keywords, sentences) have their terms remembered. */
    private static final int REMEMBERED_LENGTH = 200;
    private static final String SENTENCE_ENDS = "。\n";

    private final Analyzer analyzer;
    private final RememberedTerms known = new RememberedTerms();
    private final CompoundReadings compounds;
    private final int rememberedLength;

    /** An analysis that remembers the terms of short texts (a build's). */
    public JapaneseAnalysis(UserDictionary userDictionary) {
        this(userDictionary, REMEMBERED_LENGTH);
    }

    /**
     * An analysis that remembers the terms of every text, for the preview, which analyses the same content again on
     * every save; its memory is that of the content's terms.
     */
    public static JapaneseAnalysis remembering(UserDictionary userDictionary) {
        return new JapaneseAnalysis(userDictionary, Integer.MAX_VALUE);
    }

    private JapaneseAnalysis(UserDictionary userDictionary, int rememberedLength) {
        this.rememberedLength = rememberedLength;
        this.compounds = new CompoundReadings(userDictionary);
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                JapaneseTokenizer tokenizer = new JapaneseTokenizer(userDictionary, true, false,
                        JapaneseTokenizer.Mode.SEARCH);
                TokenStream stream = new LowerCaseFilter(new JapaneseKatakanaStemFilter(
                        new JapanesePartOfSpeechStopFilter(new JapaneseBaseFormFilter(tokenizer),
                                JapaneseAnalyzer.getDefaultStopTags())));
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new CJKWidthCharFilter(reader);
            }
        };
    }

    /**
     * The terms of {@code text}, in order; the list may be shared: do not change it. A text is analysed sentence
     * by sentence (cut after 。 and line breaks), each sentence's terms remembered: the same sentences come back
     * in the next year's edition and in other wards', and Kuromoji cuts a text at its sentence ends as it cuts the
     * sentences alone (tested on all the content).
     */
    public List<Term> analyze(String text) {
        List<Term> terms = null;
        int start = 0;
        for (int i = 0; i < text.length() - 1; i++) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0) {
                terms = terms == null ? new ArrayList<>() : terms;
                terms.addAll(remembered(text.substring(start, i + 1)));
                start = i + 1;
            }
        }
        if (terms == null) {
            return remembered(text); // one sentence
        }
        terms.addAll(remembered(text.substring(start)));
        return terms;
    }

    /**
     * The terms of {@code text} for the search index: those of {@link #analyze}, then the compounds and parts they
     * hide ({@link CompoundReadings}), so a kana reading finds a word inside a compound as well as alone.
     */
    public List<Term> analyzeForSearch(String text) {
        return compounds.expand(text, analyze(text));
    }

    /** The terms of a short text from memory, or analysed and remembered (while memory holds fewer than a limit). */
    private List<Term> remembered(String text) {
        if (text.length() > rememberedLength) {
            return analyzeAfresh(text);
        }
        return known.of(text, this::analyzeAfresh);
    }

    /** The terms of the whole text at once, neither cut nor remembered: what {@link #analyze} must equal (tested). */
    List<Term> analyzeWhole(String text) {
        return analyzeAfresh(text);
    }

    private List<Term> analyzeAfresh(String text) {
        List<Term> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = stream.addAttribute(ReadingAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (isPunctuation(value)) { // blank included
                    continue;
                }
                String surface = text.substring(offset.startOffset(), Math.min(offset.endOffset(), text.length()));
                String kana = reading.getReading() == null ? "" : reading.getReading();
                terms.add(new Term(value, surface, kana));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return terms;
    }

    private static boolean isPunctuation(String value) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * Loads Kuromoji's dictionaries (about a quarter of a cold build) by analysing a word, so that a build can do
     * it on another core while it reads the content.
     */
    public static void warmUp() {
        new JapaneseAnalysis(null).analyze("区運営方針");
    }
}
