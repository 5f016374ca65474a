package org.hoshin.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.hoshin.content.Lang;

/**
 * Cuts a text into the phrases a diff compares. Japanese goes through Kuromoji in normal mode (whole words, no
 * search-mode splitting); English through the JDK's word boundaries. Every character is kept, punctuation, spaces
 * and line breaks included (Kuromoji's gaps are filled from the text), so joining the segments gives the text back.
 */
final class Segmenter {

    /**
     * Kuromoji in normal mode, punctuation kept; as a Lucene {@link Analyzer}, which keeps one tokenizer per thread
     * and resets it for each text (a tokenizer costs more to make than a short text costs to cut).
     */
    private static final Analyzer JAPANESE = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            return new TokenStreamComponents(new JapaneseTokenizer(null, false, true, JapaneseTokenizer.Mode.NORMAL));
        }
    };

    private Segmenter() {
    }

    static List<String> segments(String text, Lang lang) {
        return lang.isJapanese() ? japanese(text) : english(text);
    }

    private static List<String> japanese(String text) {
        List<String> segments = new ArrayList<>();
        int at = 0;
        try (TokenStream tokens = JAPANESE.tokenStream("", text)) {
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                int start = offset.startOffset();
                int end = offset.endOffset();
                if (start < at) {
                    continue;
                }
                if (start > at) {
                    segments.add(text.substring(at, start));
                }
                segments.add(text.substring(start, end));
                at = end;
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string cannot fail", e);
        }
        if (at < text.length()) {
            segments.add(text.substring(at));
        }
        return segments;
    }

    private static List<String> english(String text) {
        List<String> segments = new ArrayList<>();
        BreakIterator words = BreakIterator.getWordInstance(Locale.ENGLISH);
        words.setText(text);
        for (int start = words.first(), end = words.next(); end != BreakIterator.DONE;
             start = end, end = words.next()) {
            segments.add(text.substring(start, end));
        }
        return segments;
    }
}
