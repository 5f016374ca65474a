package org.hoshin.render;

import org.hoshin.content.Markdown;
import org.jsoup.Jsoup;

/**
 * Markdown as the plain text a reader sees (no markup, links as their words), for keyword matching, excerpts and
 * open data.
 */
public final class PlainText {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public String of(Markdown source) {
        return source.isBlank() ? "" : Jsoup.parse(markdown.render(source, 3)).text();
    }
}
