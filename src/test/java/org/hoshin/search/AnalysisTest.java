package org.hoshin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysers the index is built with: readings, width folding, compounds, stemming, the user dictionary. */
class AnalysisTest {

    private static final JapaneseAnalysis JAPANESE = RealContent.japanese();
    private final EnglishAnalysis english = new EnglishAnalysis();

    private static List<String> terms(List<Term> analysed) {
        return analysed.stream().map(Term::term).toList();
    }

    @Test
    void kanjiWordsCarryTheirKatakanaReading() {
        Term bosai = JAPANESE.analyze("防災").get(0);
        assertEquals("防災", bosai.term());
        assertEquals("ボウサイ", bosai.reading());
    }

    @Test
    void fullWidthLatinAndDigitsAreFoldedToHalfWidthLowerCase() {
        assertEquals(List.of("sdgs"), terms(JAPANESE.analyze("ＳＤＧｓ")));
        assertEquals(terms(JAPANESE.analyze("ICT活用")), terms(JAPANESE.analyze("ＩＣＴ活用")));
    }

    @Test
    void searchModeKeepsACompoundAndItsParts() {
        List<String> terms = terms(JAPANESE.analyze("地域防災拠点"));
        assertTrue(terms.containsAll(List.of("地域", "防災", "拠点")), terms.toString());
        List<String> airport = terms(JAPANESE.analyze("関西国際空港"));
        assertTrue(airport.containsAll(List.of("関西", "国際", "空港", "関西国際空港")),
                "a dictionary compound is kept whole beside its parts: " + airport);
    }

    @Test
    void verbsAreIndexedByBaseFormAndParticlesAreDropped() {
        List<String> terms = terms(JAPANESE.analyze("子どもを見守ります"));
        assertTrue(terms.contains("見守る"), terms.toString());
        assertTrue(!terms.contains("を") && !terms.contains("ます"), terms.toString());
    }

    @Test
    void katakanaProlongedSoundMarksAreStemmed() {
        assertEquals(terms(JAPANESE.analyze("コーディネーター")), terms(JAPANESE.analyze("コーディネータ")));
    }

    @Test
    void userDictionaryKeepsNamesWholeWithTheRightReading() {
        List<Term> name = JAPANESE.analyze("畠山重忠公");
        assertTrue(terms(name).contains("畠山"), terms(name).toString());
        assertEquals("ハタケヤマ", name.get(0).reading());
        assertTrue(name.stream().anyMatch(t -> t.term().equals("公") && t.reading().equals("コウ")),
                "公 is read コウ, not オオヤケ: " + name);
        assertEquals(List.of("ハマッコトイレ"), terms(JAPANESE.analyze("ハマッコトイレ")).stream()
                .map(t -> t.toUpperCase()).toList());
        assertEquals(List.of("いっずん"), terms(JAPANESE.analyze("いっずん")));
        assertEquals("ソウテツ", JAPANESE.analyze("相鉄").get(0).reading());
    }

    @Test
    void englishIsLowerCasedStemmedAndStopWordsAreDropped() {
        assertEquals(terms(english.analyze("disaster")), terms(english.analyze("Disasters")));
        assertEquals(List.of("prevent", "disast"), terms(english.analyze("the prevention of disasters")));
        assertEquals(english.stem("supporting"), english.stem("supports"));
        assertEquals("Disasters", english.analyze("Disasters").get(0).surface());
    }

    @Test
    void analysingOnManyThreadsAtOnceGivesWhatOneThreadGives() throws Exception {
        List<SearchDocument> docs = RealContent.documents("ja");
        List<String> texts = docs.stream().flatMap(d -> java.util.stream.Stream.of(d.title(), d.text())).toList();
        JapaneseAnalysis shared = new JapaneseAnalysis(null);
        JapaneseAnalysis alone = new JapaneseAnalysis(null);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<Term>>> results = new java.util.ArrayList<>();
            for (String text : texts) {
                results.add(pool.submit(() -> shared.analyze(text)));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertEquals(alone.analyze(texts.get(i)), results.get(i).get(), texts.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aTextAnalysedSentenceBySentenceGivesTheTermsOfTheWholeText() throws Exception {
        JapaneseAnalysis fresh = RealContent.japanese();
        int cut = 0;
        for (SearchDocument doc : RealContent.documents("ja")) {
            for (String text : List.of(doc.title(), doc.program(), doc.text())) {
                assertEquals(fresh.analyzeWhole(text), fresh.analyze(text), text);
                cut += text.strip().split("(?<=[。\\n])").length > 1 ? 1 : 0;
            }
        }
        assertTrue(cut > 50, "the content has texts of several sentences: " + cut);
    }

    @Test
    void eachAnalysisRemembersItsOwnTermsSoAnotherDictionarysNeverAnswer() {
        JapaneseAnalysis plain = new JapaneseAnalysis(null);
        List<String> withoutDictionary = terms(plain.analyze("重忠あさひくん"));
        assertEquals(List.of("重忠あさひくん"), JAPANESE.analyze("重忠あさひくん").stream().map(Term::surface).toList());
        assertTrue(withoutDictionary.size() > 1, withoutDictionary.toString());
        assertEquals(withoutDictionary, terms(plain.analyze("重忠あさひくん")));
    }

    @Test
    void aTextThatComesBackIsAnalysedOnce() {
        List<Term> first = JAPANESE.analyze("地域の防災訓練を進めます。");
        assertTrue(first == JAPANESE.analyze("地域の防災訓練を進めます。"), "the remembered terms, not a new analysis");
        assertTrue(first != new JapaneseAnalysis(null).analyze("地域の防災訓練を進めます。"), "one memory per analysis");
    }
}
