package org.hoshin.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Writes Lucene's Porter stem of every word of the English content, and of inflected forms of each, to
 * {@code target/stems.json}; browser-tests/stemmer.test.mjs checks that templates/assets/search/stem.js gives the same stem for each, so
 * a word typed in the browser reaches the term the index stores (bin/test runs Maven first).
 */
class StemFixtureTest {

    private static final List<String> ENDINGS = List.of("", "s", "es", "ed", "ing", "er", "ers", "ly", "ness",
            "ment", "ments", "ation", "ations", "ional", "ize", "ized", "izing", "ful", "ive", "ity", "able");

    @Test
    void writesLuceneStemsOfEveryEnglishWordAndItsInflections() throws Exception {
        EnglishAnalysis english = new EnglishAnalysis();
        Map<String, String> stems = new TreeMap<>();
        Matcher words = Pattern.compile("[a-z]+").matcher("");
        for (SearchDocument doc : RealContent.documents("en")) {
            words.reset((doc.title() + " " + doc.program() + " " + doc.text()).toLowerCase(java.util.Locale.ROOT));
            while (words.find()) {
                String word = words.group();
                for (String ending : ENDINGS) {
                    stems.put(word + ending, english.stem(word + ending));
                }
                String base = english.stem(word);
                for (String ending : ENDINGS) {
                    stems.put(base + ending, english.stem(base + ending));
                }
            }
        }
        assertTrue(stems.size() > 10_000, "words: " + stems.size());
        Path fixture = Path.of("target", "stems.json");
        Files.createDirectories(fixture.getParent());
        new ObjectMapper().writeValue(fixture.toFile(), stems);
    }
}
