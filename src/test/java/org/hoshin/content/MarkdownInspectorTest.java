package org.hoshin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The inspector on large input: it once rescanned the text for every node's line (10,000 links took 40 s, a 20 MB
 * body over 300 s). The timeouts are hang guards, not speed claims; the assertions check the lines it reports.
 */
class MarkdownInspectorTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final Location ORIGIN = new Location(Path.of("content/wards/izumi/2022/ja/pillars/01/01.md"), 9, 0);

    private final MarkdownInspector inspector = new MarkdownInspector();

    @Test
    void tenThousandLinksAreCheckedWithTheirLines() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            text.append("- [資料").append(i).append("](https://example.org/").append(i).append(")\n");
        }
        List<ContentError> errors = new ArrayList<>();
        List<MarkdownInspector.LinkRef> links = assertTimeoutPreemptively(HANG_GUARD,
                () -> inspector.inspect(new Markdown(text.toString(), ORIGIN), errors));
        assertEquals(List.of(), errors);
        assertEquals(10_000, links.size());
        MarkdownInspector.LinkRef last = links.get(9_999);
        assertEquals("https://example.org/9999", last.target());
        assertEquals(new Location(ORIGIN.file(), 9 + 9_999, 3), last.location());
    }

    @Test
    void aBodyJustUnderTwoMegabytesIsChecked() {
        String paragraph = "泉区の魅力を[発信](#p1-1)します。\n\n";
        int count = MarkdownLimits.MAX_BYTES / paragraph.getBytes(StandardCharsets.UTF_8).length;
        List<ContentError> errors = new ArrayList<>();
        List<MarkdownInspector.LinkRef> links = assertTimeoutPreemptively(HANG_GUARD,
                () -> inspector.inspect(new Markdown(paragraph.repeat(count).strip(), ORIGIN), errors));
        assertEquals(List.of(), errors);
        assertEquals(count, links.size());
        assertEquals(9 + 2 * (count - 1), links.get(count - 1).location().line());
    }

    @Test
    void aTwentyMegabyteBodyIsRefusedAtOnce() {
        List<ContentError> errors = new ArrayList<>();
        assertTimeoutPreemptively(HANG_GUARD,
                () -> inspector.inspect(new Markdown("泉区の[魅力](#a)。\n\n".repeat(800_000), ORIGIN), errors));
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).format().startsWith(ORIGIN.file() + ":9: the file is larger than 2 MB"),
                errors.get(0).format());
    }
}
