package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The unified diff {@code translations --diff} prints under an out-of-date English file. */
class JapaneseDiffTest {

    @Test
    void aFewChangedLinesAreShownLineByLineWithTheirContext() {
        String before = "一行目\n二行目\n三行目\n四行目\n五行目\n六行目\n七行目\n八行目\n";
        String after = "一行目\n二行目\n三行目\n四行目を改めた\n五行目\n六行目\n七行目\n八行目\n";
        List<String> diff = JapaneseDiff.unified("a.md (translated)", before, "a.md (now)", after);
        assertEquals(List.of("--- a.md (translated)", "+++ a.md (now)", "@@ -1,7 +1,7 @@", " 一行目", " 二行目",
                " 三行目", "-四行目", "+四行目を改めた", " 五行目", " 六行目", " 七行目"), diff);
    }

    /**
     * A long file with every other line changed: a line diff of it took time and memory with the square of the file.
     * Past the bound the changed part is shown as one change, its old lines removed and its new ones added; the bound
     * here only stops a quadratic diff, it is not a speed measurement.
     */
    @Test
    void aLongFileWithManyChangedLinesIsShownAsOneChangeOfItsChangedPart() {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            String line = "第" + i + "行：地域の防災訓練を実施します。";
            before.add(line);
            after.add(i % 2 == 1 && i > 10 && i < 59_990 ? line.replace("実施", "年２回実施") : line);
        }
        List<String> diff = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> JapaneseDiff.unified(
                "a.md (translated)", String.join("\n", before), "a.md (now)", String.join("\n", after)));
        List<String> removed = diff.stream().filter(l -> l.startsWith("-") && !l.startsWith("---")).toList();
        List<String> added = diff.stream().filter(l -> l.startsWith("+") && !l.startsWith("+++")).toList();
        assertTrue(before.subList(11, 59_990).stream().map(l -> "-" + l).toList().equals(removed),
                "every line from the first changed one to the last is removed, and no other");
        assertTrue(after.subList(11, 59_990).stream().map(l -> "+" + l).toList().equals(added),
                "and added as it is now");
        assertEquals("@@ -9,59985 +9,59985 @@", diff.get(2), "one hunk, with three lines of context");
    }
}
