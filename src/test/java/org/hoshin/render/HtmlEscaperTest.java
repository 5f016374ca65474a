package org.hoshin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** The escaper must write what Pebble's own "html" strategy (unbescape) writes, so pages stay byte for byte. */
class HtmlEscaperTest {

    private final HtmlEscaper escaper = new HtmlEscaper();

    @Test
    void escapesAsPebblesOwnStrategyDoes() {
        for (String text : List.of("", "区運営方針", "a < b && c > d", "\"quoted\" and 'single'", "&amp; already",
                "<script>alert('x')</script>", "𠮷野家 ＳＤＧｓ ①", "tab\tnew\nline", "&#39;", "&", "'")) {
            assertEquals(HtmlEscape.escapeHtml4Xml(text), escaper.escape(text), text);
        }
    }

    @Test
    void escapesRandomTextAsPebblesOwnStrategyDoes() {
        Random random = new Random(42);
        String alphabet = "&<>\"'ab 区の\u00a0\u2028\ud842\udfb7=/;#x";
        for (int n = 0; n < 2000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(HtmlEscape.escapeHtml4Xml(text.toString()), escaper.escape(text.toString()), text.toString());
        }
    }

    @Test
    void textWithoutMarkupIsReturnedAsItIs() {
        String text = "区民文化センター";
        assertEquals(text, escaper.escape(text));
    }
}
