package org.hoshin.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * English analysis for the search index: standard tokenisation, possessives, lower case, English stop words and
 * Porter stemming, so "disasters" finds "disaster". Each indexed word form is kept with its stem, so the browser
 * maps a typed word to the same stem without shipping a stemmer of its own.
 */
public final class EnglishAnalysis {

    private final Map<String, String> stems = new HashMap<>();
    /** The terms of every text analysed, in a preview; {@code null} in a build, which sees each text once. */
    private final RememberedTerms texts;

    /** An analysis for one build, on one thread. */
    public EnglishAnalysis() {
        this.texts = null;
    }

    private EnglishAnalysis(RememberedTerms texts) {
        this.texts = texts;
    }

    /**
     * An analysis that remembers the terms of every text (up to a limit), for the preview, which analyses the same
     * content again on every save. Like every English analysis, for one thread at a time: the English index is
     * analysed on one thread, and the preview builds one site at a time.
     */
    public static EnglishAnalysis remembering() {
        return new EnglishAnalysis(new RememberedTerms());
    }

    public List<Term> analyze(String text) {
        return texts == null ? analyzeAfresh(text) : texts.of(text, this::analyzeAfresh);
    }

    private List<Term> analyzeAfresh(String text) {
        List<Term> terms = new ArrayList<>();
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        try (TokenStream stream = new StopFilter(new LowerCaseFilter(new EnglishPossessiveFilter(tokenizer)),
                EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                String surface = text.substring(offset.startOffset(), Math.min(offset.endOffset(), text.length()));
                terms.add(new Term(stem(word), surface, ""));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return terms;
    }

    /** The Porter stem of one lower-case word, as the index stores it. */
    public String stem(String word) {
        return stems.computeIfAbsent(word, EnglishAnalysis::porter);
    }

    private static String porter(String word) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(word));
        try (TokenStream stream = new PorterStemFilter(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String result = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
