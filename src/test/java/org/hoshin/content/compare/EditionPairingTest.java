package org.hoshin.content.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hoshin.content.Goal;
import org.hoshin.content.Initiative;
import org.hoshin.content.Location;
import org.hoshin.content.Markdown;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.Translation;
import org.junit.jupiter.api.Test;

/** Pairing a newly imported edition with an earlier one: by what items say, never by their places or ids. */
class EditionPairingTest {

    private static final Location AT = Location.of(Path.of("x.md"));

    private static Initiative initiative(String id, String title, String body) {
        return new Initiative(id, title, "", new Markdown(body, AT), List.of(), List.of(), AT, Translation.ORIGINAL);
    }

    private static Pillar pillar(String id, String title, Initiative... initiatives) {
        return new Pillar(id, title, new Markdown("", AT), List.of(initiatives), List.of(), AT, Translation.ORIGINAL);
    }

    private static Policy policy(Pillar... pillars) {
        Goal goal = new Goal("g", "", new Markdown("", AT), List.of(), List.of(), Translation.ORIGINAL);
        return Policy.builder("栄区", "t", goal).pillars(new Markdown("", AT), List.of(pillars)).build();
    }

    @Test
    void itemsArePairedByWhatTheySayNotByTheirPlaces() {
        Policy older = policy(pillar("p1", "安全・安心", initiative("p1-1", "地域防災力の向上", "訓練を支援します。"),
                initiative("p1-2", "防犯パトロールの推進", "回転灯を貸し出します。")));
        Policy newer = policy(pillar("p1", "安全・安心", initiative("p1-1", "防犯パトロールの推進", "回転灯を貸し出します。"),
                initiative("p1-2", "地域防災力の向上", "訓練を支援します。")));
        EditionPairing pairing = EditionPairing.of(older, newer);
        assertEquals("p1-2", pairing.pairOf("p1-1").orElseThrow().older());
        assertEquals("p1-1", pairing.pairOf("p1-2").orElseThrow().older());
        assertTrue(pairing.pairOf("p1-1").orElseThrow().sure());
    }

    @Test
    void anInitiativeMovedToAnotherPillarIsFoundAndAnUnrelatedOneIsNot() {
        Policy older = policy(pillar("p1", "安全・安心", initiative("p1-1", "地域防災力の向上", "訓練を支援します。")),
                pillar("p2", "支え合い", initiative("p2-1", "高齢者の見守り活動", "一人暮らしの高齢者を訪問します。")));
        Policy newer = policy(pillar("p1", "安全・安心", initiative("p1-1", "高齢者の見守り活動", "一人暮らしの高齢者を訪問します。")),
                pillar("p2", "支え合い", initiative("p2-1", "子育てサロンの運営支援", "保育士を派遣します。")));
        EditionPairing pairing = EditionPairing.of(older, newer);
        assertEquals("p2-1", pairing.pairOf("p1-1").orElseThrow().older(), "moved from pillar 2");
        assertFalse(pairing.pairOf("p2-1").isPresent(), "new, although it stands where p2-1 stood");
        assertTrue(pairing.dropped().stream().anyMatch(d -> d.startsWith("p1-1 ")), pairing.dropped().toString());
    }

    @Test
    void aRewordedTitleOverAKeptTextIsPairedButNotSure() {
        String text = "地域防災拠点の訓練を支援し、防災備蓄庫の点検を進めます。防災マップを作り直し、全戸に配布します。";
        Policy older = policy(pillar("p1", "安全・安心", initiative("p1-1", "地域防災力の向上", text)));
        Policy newer = policy(pillar("p1", "安全・安心", initiative("p1-1", "災害に強いまちづくり", text)));
        EditionPairing.Pair pair = EditionPairing.of(older, newer).pairOf("p1-1").orElseThrow();
        assertEquals("p1-1", pair.older());
        assertTrue(pair.sure(), "the same text: " + pair.score());
        Policy reworded = policy(pillar("p1", "安全・安心", initiative("p1-1", "地域の防災力向上", "別の文です。")));
        EditionPairing.Pair unsure = EditionPairing.of(older, reworded).pairOf("p1-1").orElseThrow();
        assertFalse(unsure.sure(), "a title reworded by half: " + unsure.score());
    }
}
