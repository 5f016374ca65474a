package org.hoshin.render;

import java.util.List;

/**
 * Marks the Japanese inside an English page as Japanese: translators keep official names in the original beside
 * their English ("Disaster Preparedness Program (防災対策事業)", a slogan's hashtag, a mascot's name), and a
 * screen reader reading them with an English voice says nothing useful, while a browser picks an English font for
 * them. Each run of Japanese text not already inside an element marked {@code lang="ja"} is wrapped in
 * {@code <span lang="ja">}. Templates and translators need not remember it; a page with nothing to mark is
 * returned unchanged, byte for byte.
 */
public final class InlineJapanese {

    private static final JapaneseLetters LETTERS = new JapaneseLetters();
    private static final JapaneseRuns RUNS = new JapaneseRuns();

    private InlineJapanese() {
    }

    /**
     * {@code page} with every unmarked run of Japanese in its body marked; {@code page} itself when none is. The
     * page is changed only where a run is marked (the rest stays byte for byte as the template wrote it): the runs
     * are found in the page's own text, at the places the parser saw each text ({@link PageTexts}).
     */
    public static String mark(String page) {
        if (!LETTERS.anyIn(page, 0, page.length())) {
            return page;
        }
        List<PageTexts.Text> unmarked = PageTexts.unmarked(page);
        StringBuilder out = new StringBuilder(page.length() + 64 * unmarked.size());
        int copied = 0;
        for (PageTexts.Text text : unmarked) {
            for (int start = RUNS.next(page, text.start(), text.end()); start >= 0;
                    start = RUNS.next(page, start, text.end())) {
                int end = RUNS.endOf(page, start, text.end());
                if (LETTERS.anyIn(page, start, end)) {
                    out.append(page, copied, start).append("<span lang=\"ja\">").append(page, start, end)
                            .append("</span>");
                    copied = end;
                }
                start = end;
            }
        }
        return copied == 0 ? page : out.append(page, copied, page.length()).toString();
    }
}
