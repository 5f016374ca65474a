package org.hoshin.render;

import org.hoshin.content.Markdown;

/**
 * Markdown as the plain text a reader sees (no markup, links as their words), for keyword matching, excerpts,
 * the search index and open data; read once per text ({@link ReadText}).
 */
public final class PlainText {

    public String of(Markdown source) {
        return ReadText.of(source).plain();
    }
}
