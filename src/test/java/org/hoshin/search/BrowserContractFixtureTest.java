package org.hoshin.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hoshin.content.FiscalYear;
import org.junit.jupiter.api.Test;

/**
 * Writes what the browser's search must compute exactly as the Java side does to {@code target/search-contract.json}:
 * every fiscal year's labels ({@link FiscalYear}), the English stop words the index leaves out, shard keys
 * ({@link ShardKey}), how the index folds each character the fixture's texts hold, with the width variants, and
 * how it stems each katakana word of those texts (a final ー).
 * browser-tests/search-contract.test.mjs checks templates/assets/search/ against it (bin/test runs Maven first), so
 * the two sides cannot drift apart silently, as the fiscal-year label once did (平成1年度 for 平成元年度).
 */
class BrowserContractFixtureTest {

    private static final int[] SHARD_COUNTS = {1, 7, 64, 997};

    @Test
    void writesWhatTheBrowserMustComputeAsJavaDoes() throws Exception {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("fiscalYears", fiscalYears());
        contract.put("stopWords", new TreeSet<>(stopWords()));
        TreeSet<String> characters = characters();
        contract.put("folding", folding(characters));
        contract.put("shardKeys", shardKeys(characters));
        contract.put("katakanaStems", katakanaStems());
        assertTrue(characters.size() > 500, "characters: " + characters.size());
        Path fixture = Path.of("target", "search-contract.json");
        Files.createDirectories(fixture.getParent());
        new ObjectMapper().writeValue(fixture.toFile(), contract);
    }

    /** year → [Japanese, English], for every year FiscalYear accepts. */
    private static Map<Integer, List<String>> fiscalYears() {
        Map<Integer, List<String>> years = new TreeMap<>();
        for (int year = 1989; year <= 2200; year++) {
            FiscalYear fiscalYear = new FiscalYear(year);
            years.put(year, List.of(fiscalYear.japanese(), fiscalYear.english()));
        }
        return years;
    }

    private static List<String> stopWords() {
        CharArraySet set = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        return set.stream().map(word -> new String((char[]) word)).toList();
    }

    /** Every character of the fixture's search texts in both languages, and the width and kana ranges. */
    private static TreeSet<String> characters() {
        TreeSet<String> characters = new TreeSet<>();
        for (String lang : List.of("ja", "en")) {
            for (SearchDocument doc : RealContent.documents(lang)) {
                (doc.title() + doc.program() + doc.searchedText() + doc.shownText()).codePoints()
                        .forEach(c -> characters.add(Character.toString(c)));
            }
        }
        int[][] ranges = {{0x21, 0x7e}, {0xff01, 0xff5e}, {0xff61, 0xff9f}, {0x3041, 0x3096}, {0x30a1, 0x30fc}};
        for (int[] range : ranges) {
            for (int c = range[0]; c <= range[1]; c++) {
                characters.add(Character.toString(c));
            }
        }
        return characters;
    }

    /** Each character as the index folds it: Lucene's CJKWidthCharFilter, then LowerCaseFilter (per code point). */
    private static Map<String, String> folding(TreeSet<String> characters) throws IOException {
        Map<String, String> folded = new TreeMap<>();
        for (String character : characters) {
            StringBuilder lower = new StringBuilder();
            widthFolded(character).codePoints().forEach(c -> lower.appendCodePoint(Character.toLowerCase(c)));
            folded.put(character, lower.toString());
        }
        return folded;
    }

    private static String widthFolded(String text) throws IOException {
        try (Reader reader = new CJKWidthCharFilter(new StringReader(text))) {
            StringBuilder out = new StringBuilder();
            char[] buffer = new char[16];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                out.append(buffer, 0, n);
            }
            return out.toString();
        }
    }

    /** Each katakana run of the fixture's Japanese texts, and the same with ー, as JapaneseKatakanaStemFilter stems it. */
    private static Map<String, String> katakanaStems() throws IOException {
        Map<String, String> stems = new TreeMap<>();
        Matcher runs = Pattern.compile("[\\u30a0-\\u30ff]+").matcher("");
        for (SearchDocument doc : RealContent.documents("ja")) {
            runs.reset(doc.title() + " " + doc.program() + " " + doc.searchedText());
            while (runs.find()) {
                for (String word : List.of(runs.group(), runs.group() + "ー")) {
                    stems.put(word, katakanaStem(word));
                }
            }
        }
        return stems;
    }

    private static String katakanaStem(String word) throws IOException {
        KeywordTokenizer tokenizer = new KeywordTokenizer();
        tokenizer.setReader(new StringReader(word));
        try (TokenStream stream = new JapaneseKatakanaStemFilter(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String stem = stream.incrementToken() ? term.toString() : word;
            stream.end();
            return stem;
        }
    }

    /** word → its shard for each of SHARD_COUNTS: each character, and each pair of neighbouring characters. */
    private static Map<String, List<Integer>> shardKeys(TreeSet<String> characters) {
        Map<String, List<Integer>> keys = new TreeMap<>();
        String previous = "";
        for (String character : characters) {
            for (String word : List.of(character, previous + character, "ぼうさい", "防災", "disaster", "𠮷野家")) {
                keys.put(word, Arrays.stream(SHARD_COUNTS).mapToObj(n -> ShardKey.of(word, n)).toList());
            }
            previous = character;
        }
        return keys;
    }
}
