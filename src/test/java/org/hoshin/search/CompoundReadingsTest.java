package org.hoshin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Kana readings reach a word wherever it stands: alone, inside a compound Kuromoji cuts, or one it keeps whole. */
class CompoundReadingsTest {

    private final JapaneseAnalysis japanese = new JapaneseAnalysis(null);

    private Set<String> readingsOf(String text, String term) {
        return japanese.analyzeForSearch(text).stream().filter(t -> t.term().equals(term)).map(Term::reading)
                .collect(Collectors.toSet());
    }

    @Test
    void aCompoundCutIntoAWordAndOneKanjiIsAlsoATermReadBothWays() {
        for (String text : List.of("避難所", "地域避難所の運営", "避難所運営委員会")) {
            assertEquals(Set.of("ヒナンショ", "ヒナンジョ"), readingsOf(text, "避難所"), text);
        }
        assertTrue(readingsOf("高齢者の見守り", "高齢者").contains("コウレイシャ"));
    }

    @Test
    void thePartsOfAWordKeptWholeAreTermsWithTheirOwnReadings() {
        assertEquals(Set.of("ヤクショ"), readingsOf("泉区役所", "役所"));
        assertEquals(Set.of("ヤクショ"), readingsOf("役所", "役所"), "the same reading alone");
    }

    @Test
    void aWordKeptWholeIsAlsoReadAsItsPartsAre() {
        assertTrue(readingsOf("望む富士山\n", "富士山").containsAll(Set.of("フジヤマ", "フジサン")),
                "kept whole it is read フジヤマ; cut, its parts read フジ サン");
        assertTrue(readingsOf("望む富士山", "富士山").contains("フジサン"));
    }

    @Test
    void oneKanjiBeforeAWordMakesACompoundToo() {
        assertEquals(Set.of("ニジゲン"), readingsOf("二次元バーコード", "二次元"));
    }

    @Test
    void thePlainAnalysisThatThemesUseIsUnchanged() {
        List<Term> plain = japanese.analyze("地域避難所の運営");
        assertEquals(plain, japanese.analyzeForSearch("地域避難所の運営").subList(0, plain.size()));
        assertTrue(plain.stream().noneMatch(t -> t.term().equals("避難所")));
    }

    @Test
    void wordsInKanaOrAcrossPunctuationMakeNoCompound() {
        assertTrue(readingsOf("まち・づくり", "まちづくり").isEmpty());
        assertTrue(japanese.analyzeForSearch("防災、所").stream().noneMatch(t -> t.term().equals("防災所")));
    }
}
