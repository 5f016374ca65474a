package org.hoshin.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hoshin.content.Location;
import org.hoshin.content.Message;
import org.junit.jupiter.api.Test;

/**
 * Import warns at the seed line when the text announces or numbers more pillars than it found (where the pillars'
 * introduction is placed is another matter: its warning is left out here).
 */
class AnnouncedCountsTest {

    private static final String HEAD = """
            令和６年度 中区運営方針
            Ⅰ 基本目標
            誰もが安心して暮らせるまち
            Ⅱ 目標達成に向けた施策
            「基本目標」の達成に向け、「%s」のもと、取組を進めます。
            """;

    private static List<SeedWarning> warnings(String text) {
        String unplaced = Message.format("seed.unplacedInNotes");
        return new SeedParser(Location.of(Path.of("partial.txt"))).read(text, SeedLayoutsTest.header(text))
                .warnings().stream().filter(w -> !w.message().equals(unplaced)).toList();
    }

    private static String pillars(int... numbers) {
        StringBuilder out = new StringBuilder();
        for (int n : numbers) {
            out.append("施策").append(n).append(" 柱の題名その").append(n).append("\n")
                    .append("この柱の取組を進めます。\n");
        }
        return out.toString();
    }

    @Test
    void warnsAtTheAnnouncingLineWhenAPartialTextHasFewerPillars() {
        List<SeedWarning> found = warnings(HEAD.formatted("5つの柱") + pillars(1, 2, 3, 4));
        List<SeedWarning> count = found.stream().filter(w -> w.message().contains("5つの柱")).toList();
        assertEquals(1, count.size(), found.toString());
        assertEquals(5, count.get(0).line(), "the line that announces the count");
        assertTrue(count.get(0).message().contains("4"), count.get(0).message());
    }

    @Test
    void readsFullWidthAndKanjiCountsAndIsQuietWhenTheCountMatches() {
        assertTrue(warnings(HEAD.formatted("３つの柱") + pillars(1, 2, 3)).isEmpty());
        assertTrue(warnings(HEAD.formatted("三つの柱") + pillars(1, 2, 3)).isEmpty());
        assertEquals(1, warnings(HEAD.formatted("三つの柱") + pillars(1, 2)).size());
    }

    @Test
    void warnsAtTheLastPillarWhenANumberIsMissing() {
        String text = HEAD.formatted("柱") + pillars(1, 2, 4);
        List<SeedWarning> found = warnings(text);
        assertEquals(1, found.size(), found.toString());
        assertEquals(10, found.get(0).line(), "the line of 施策4");
        assertTrue(found.get(0).message().contains("3"), found.get(0).message());
    }
}
