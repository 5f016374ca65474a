package org.hoshin.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
 * stemming and each word's reading, so a kana query can find a kanji word. A tokenizer is not thread-safe, so each
 * call makes its own; the dictionaries behind it are loaded once by Lucene.
 */
public final class JapaneseAnalysis {

    private final UserDictionary userDictionary;

    public JapaneseAnalysis(UserDictionary userDictionary) {
        this.userDictionary = userDictionary;
    }

    public List<Term> analyze(String text) {
        List<Term> terms = new ArrayList<>();
        JapaneseTokenizer tokenizer = new JapaneseTokenizer(userDictionary, true, false,
                JapaneseTokenizer.Mode.SEARCH);
        Reader input = new CJKWidthCharFilter(new StringReader(text));
        tokenizer.setReader(input);
        try (TokenStream stream = new LowerCaseFilter(new JapaneseKatakanaStemFilter(
                new JapanesePartOfSpeechStopFilter(new JapaneseBaseFormFilter(tokenizer),
                        JapaneseAnalyzer.getDefaultStopTags())))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            ReadingAttribute reading = stream.addAttribute(ReadingAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (value.isBlank() || isPunctuation(value)) {
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
        return value.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
