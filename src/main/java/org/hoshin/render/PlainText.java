package org.hoshin.render;

import org.hoshin.content.Markdown;
import org.jsoup.Jsoup;

/**
 * Markdown as the plain text a reader sees (no markup, links as their words), for keyword matching, excerpts,
 * the search index and open data. Made once per text and kept with it ({@link Markdown#derived}): the themes, the
 * search index and the open data all read every item's plain text.
 */
public final class PlainText {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private static final Markdown.Derived<String> PLAIN =
            source -> source.isBlank() ? "" : Jsoup.parse(MARKDOWN.render(source, 3)).text();

    public String of(Markdown source) {
        return source.derived(PLAIN);
    }
}
