package org.hoshin.content;

/**
 * Prose written in Markdown, with the place it starts so rendering problems can name the editor's line.
 *
 * @param source the Markdown text
 * @param origin      where the text starts in its file
 * @param translation whether the text is in the page's language (intros and notes carry it here)
 */
public record Markdown(String source, Location origin, Translation translation) {

    public Markdown(String source, Location origin) {
        this(source, origin, Translation.ORIGINAL);
    }

    /** The same text marked with a translation state. */
    public Markdown as(Translation state) {
        return new Markdown(source, origin, state);
    }

    public boolean isBlank() {
        return source.isBlank();
    }
}
