package org.hoshin.content;

/**
 * Prose written in Markdown, with the place it starts so rendering problems can name the editor's line.
 *
 * @param source the Markdown text
 * @param origin where the text starts in its file
 */
public record Markdown(String source, Location origin) {

    public boolean isBlank() {
        return source.isBlank();
    }
}
