package org.hoshin.content.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pairing items of two editions: by id, else by title similarity, in the newer edition's order. */
class ItemMatcherTest {

    private static Comparand item(String id, String title, String text) {
        return new Comparand(id, title, title + "\n" + text);
    }

    private static String summary(List<ItemChange<Comparand>> changes) {
        return changes.stream().map(c -> c.kind() + ":" + (c.older() == null ? "-" : c.older().id()) + ">"
                + (c.newer() == null ? "-" : c.newer().id())).collect(Collectors.joining(" "));
    }

    @Test
    void pairsByIdAndTellsChangedFromUnchanged() {
        List<Comparand> older = List.of(item("a", "防災対策", "訓練を行います。"), item("b", "子育て支援", "相談を受けます。"));
        List<Comparand> newer = List.of(item("a", "防災対策", "訓練を年2回行います。"), item("b", "子育て支援", "相談を受けます。"));
        assertEquals("CHANGED:a>a UNCHANGED:b>b", summary(ItemMatcher.match(older, newer, c -> c)));
    }

    @Test
    void pairsByTitleWhenTheIdChangedButNotUnrelatedItems() {
        List<Comparand> older = List.of(item("p1-1", "泉区の魅力づくりと発信", "x"), item("p1-2", "防犯対策", "y"));
        List<Comparand> newer = List.of(item("p1-9", "泉区の魅力発信", "x"), item("p1-8", "交通安全対策", "y"));
        assertEquals("CHANGED:p1-1>p1-9 ADDED:->p1-8 REMOVED:p1-2>-",
                summary(ItemMatcher.match(older, newer, c -> c)));
    }

    @Test
    void aSharedIdDoesNotPairItemsThatAreNotAlike() {
        // ids given by position: p1-1 was the first initiative whatever it was
        List<Comparand> older = List.of(item("p1-1", "地域防災力の向上", "訓練を支援します。"),
                item("p1-2", "防犯パトロールの推進", "回転灯を貸し出します。"));
        List<Comparand> newer = List.of(item("p1-1", "防犯パトロールの推進", "回転灯を貸し出します。"),
                item("p1-2", "地域防災力の向上", "訓練を年2回支援します。"));
        assertEquals("UNCHANGED:p1-2>p1-1 CHANGED:p1-1>p1-2", summary(ItemMatcher.match(older, newer, c -> c)));
    }

    @Test
    void placesRemovedItemsWhereTheyStoodAndAddedOnesWhereTheyAre() {
        List<Comparand> older = List.of(item("a", "一", ""), item("b", "二", ""), item("c", "三", ""));
        List<Comparand> newer = List.of(item("a", "一", ""), item("n", "新しい取組", ""), item("c", "三", ""));
        assertEquals("UNCHANGED:a>a ADDED:->n REMOVED:b>- UNCHANGED:c>c",
                summary(ItemMatcher.match(older, newer, c -> c)));
    }

    @Test
    void theThresholdSeparatesTheMeasuredExamples() {
        assertTrue(Similarity.dice("泉区の魅力づくりと発信", "泉区の魅力発信") >= ItemMatcher.THRESHOLD);
        assertTrue(Similarity.dice("防犯対策\n防犯対策推進事業", "交通安全対策\n交通安全対策推進事業") < ItemMatcher.THRESHOLD);
        assertEquals(1.0, Similarity.dice("ＳＤＧｓの 推進", "SDGsの推進"), 1e-9, "NFKC folding, spaces ignored");
        assertEquals(0.0, Similarity.dice("防災", "子育て"), 1e-9);
    }

    @Test
    void aChangeRecordKeepsItsKindConsistent() {
        assertThrows(IllegalArgumentException.class,
                () -> new ItemChange<>(ItemChange.Kind.ADDED, "old", "new"));
    }
}
