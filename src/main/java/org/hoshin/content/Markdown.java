package org.hoshin.content;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import java.util.Objects;

/**
 * Prose written in Markdown, with the place it starts so rendering problems can name the editor's line. A plain
 * value: it keeps no parsed tree and nothing made from it (rendering keeps those, in the render stage), so it holds
 * no lock and may be shared by any threads.
 */
public final class Markdown {

    /**
     * The Markdown dialect of content ({@link MarkdownSyntax}). One parser for every text: a Flexmark parser keeps
     * no state between {@code parse} calls (each makes its own document parser), so threads may share it.
     */
    private static final Parser PARSER = Parser.builder(MarkdownSyntax.options()).build();

    private final String source;
    private final Location origin;
    private final Translation translation;

    /**
     * @param source      the Markdown text
     * @param origin      where the text starts in its file
     * @param translation whether the text is in the page's language (intros and notes carry it here)
     */
    public Markdown(String source, Location origin, Translation translation) {
        this.source = Objects.requireNonNull(source);
        this.origin = origin;
        this.translation = translation;
    }

    public Markdown(String source, Location origin) {
        this(source, origin, Translation.ORIGINAL);
    }

    public String source() {
        return source;
    }

    public Location origin() {
        return origin;
    }

    public Translation translation() {
        return translation;
    }

    /** The same text (the same source string) marked with a translation state. */
    public Markdown as(Translation state) {
        return new Markdown(source, origin, state);
    }

    public boolean isBlank() {
        return source.isBlank();
    }

    /**
     * The text parsed afresh, a tree for the caller alone; nothing is kept. Callers parse only texts that passed
     * {@link MarkdownLimits} (the content check runs it before anything asks for the tree), as Flexmark's time and
     * stack grow with nesting.
     */
    public Document parse() {
        return PARSER.parse(source);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Markdown m && source.equals(m.source) && Objects.equals(origin, m.origin)
                && translation == m.translation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, origin, translation);
    }

    @Override
    public String toString() {
        return "Markdown[origin=" + origin + ", translation=" + translation + "]";
    }
}
