package org.hoshin.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Marks the Japanese inside an English page as Japanese: translators keep official names in the original beside
 * their English ("Disaster Preparedness Program (防災対策事業)", a slogan's hashtag, a mascot's name), and a
 * screen reader reading them with an English voice says nothing useful, while a browser picks an English font for
 * them. Each run of Japanese text not already inside an element marked {@code lang="ja"} is wrapped in
 * {@code <span lang="ja">}. Templates and translators need not remember it; a page with nothing to mark is
 * returned unchanged, byte for byte.
 */
public final class InlineJapanese {

    private static final String LETTER = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}々〆ヶー";
    private static final String MARK = "\\u2018\\u2019\\u201C\\u201D\\u3000-\\u303F\\uFF01-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65・";
    private static final String JAPANESE = "[" + LETTER + MARK + "]";
    /** Japanese characters, with the ASCII digits and spaces between them ("令和4年度 泉区"), as one run. */
    private static final Pattern RUN = Pattern.compile(JAPANESE + "(?:" + JAPANESE + "++|[0-9 ]++(?=" + JAPANESE
            + "))*+");
    /** A Japanese letter: what {@code [LETTER]} matches, looked up in a table rather than by script lookups. */
    private static final JapaneseLetters LETTERS = new JapaneseLetters();
    /** Elements whose text is not shown as text in the page (or may hold no element). */
    private static final List<String> NOT_SHOWN = List.of("script", "style", "title", "textarea", "option",
            "template");

    private InlineJapanese() {
    }

    /**
     * {@code page} with every unmarked run of Japanese in its body marked; {@code page} itself when none is. The
     * page is changed only where a run is marked (the rest stays byte for byte as the template wrote it): the runs
     * are found in the page's own text, at the places the parser saw each text.
     */
    public static String mark(String page) {
        if (!LETTERS.anyIn(page, 0, page.length())) {
            return page;
        }
        Document document = Jsoup.parse(page, Parser.htmlParser().setTrackPosition(true));
        List<Range> unmarked = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && LETTERS.anyIn(text.getWholeText()) && !marked(text)
                    && text.sourceRange().isTracked()) {
                unmarked.add(text.sourceRange());
            }
        }, document.body());
        StringBuilder out = new StringBuilder(page.length() + 64 * unmarked.size());
        int copied = 0;
        for (Range range : unmarked) {
            Matcher run = RUN.matcher(page).region(range.startPos(), range.endPos());
            while (run.find()) {
                if (LETTERS.anyIn(page, run.start(), run.end())) {
                    out.append(page, copied, run.start()).append("<span lang=\"ja\">").append(run.group())
                            .append("</span>");
                    copied = run.end();
                }
            }
        }
        return copied == 0 ? page : out.append(page, copied, page.length()).toString();
    }

    /** Whether the nearest language given around {@code text} is Japanese, or the text is not shown as text. */
    private static boolean marked(TextNode text) {
        for (Element element = (Element) text.parent(); element != null; element = element.parent()) {
            if (NOT_SHOWN.contains(element.normalName())) {
                return true;
            }
            if (element.hasAttr("lang")) {
                return element.attr("lang").toLowerCase(java.util.Locale.ROOT).startsWith("ja");
            }
        }
        return false;
    }
}
