package org.hoshin.content;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import java.util.Objects;

/**
 * Prose written in Markdown, with the place it starts so rendering problems can name the editor's line.
 *
 * <p>The text is parsed once, on first use, and the checks, the page HTML and the search text are all derived from
 * that one tree: parsing each text once per use made parsing a large part of every build. The tree is shared by
 * the copies {@link #as} makes. Flexmark stores computed options in a document while it renders, so whoever walks
 * or renders the tree from several threads must hold the tree's lock ({@code synchronized (document())}).
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
    private final Parsed parsed;

    /**
     * @param source      the Markdown text
     * @param origin      where the text starts in its file
     * @param translation whether the text is in the page's language (intros and notes carry it here)
     */
    public Markdown(String source, Location origin, Translation translation) {
        this(source, origin, translation, new Parsed(source));
    }

    public Markdown(String source, Location origin) {
        this(source, origin, Translation.ORIGINAL);
    }

    private Markdown(String source, Location origin, Translation translation, Parsed parsed) {
        this.source = Objects.requireNonNull(source);
        this.origin = origin;
        this.translation = translation;
        this.parsed = parsed;
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

    /** The same text marked with a translation state; shares the parsed tree. */
    public Markdown as(Translation state) {
        return new Markdown(source, origin, state, parsed);
    }

    public boolean isBlank() {
        return source.isBlank();
    }

    /**
     * The parsed text, parsed on first use. Callers parse only texts that passed {@link MarkdownLimits} (the
     * content check runs it before anything asks for the tree), as Flexmark's time and stack grow with nesting.
     */
    public Document document() {
        return parsed.get();
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

    /** The lazily parsed tree of one text. */
    private static final class Parsed {
        private final String source;
        private volatile Document document;

        Parsed(String source) {
            this.source = source;
        }

        Document get() {
            Document d = document;
            if (d == null) {
                synchronized (this) {
                    d = document;
                    if (d == null) {
                        d = PARSER.parse(source);
                        document = d;
                    }
                }
            }
            return d;
        }
    }
}
