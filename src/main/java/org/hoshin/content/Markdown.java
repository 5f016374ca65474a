package org.hoshin.content;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import java.util.Arrays;
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
     * Something made from a text alone, such as the plain text a reader sees: a function of the source only (never
     * of the translation state or the origin), so that it can be kept with the parsed tree.
     */
    @FunctionalInterface
    public interface Derived<T> {
        T from(Markdown text);
    }

    /**
     * What {@code kind} makes of this text, made on first use and kept with the parsed tree (and so shared by the
     * copies {@link #as} makes): the page, the search index, the themes and the open data all read an item's plain
     * text, and a preview keeps it while the item's ward is unchanged. {@code kind} must be one constant per kind
     * of thing made, as it is the key.
     */
    public <T> T derived(Derived<T> kind) {
        return parsed.derived(kind, this);
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

    /** The lazily parsed tree of one text, and what was made from it. */
    private static final class Parsed {
        private static final Object[] NONE = {};

        private final String source;
        private volatile Document document;
        /**
         * Kinds and what they made, alternately: two or three kinds per text, so a short array (a map per text
         * would cost more memory than the texts at fifty times today's content).
         */
        private volatile Object[] made = NONE;

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

        /** Made under this lock, so a text is never made twice by two threads at once. */
        @SuppressWarnings("unchecked")
        <T> T derived(Derived<T> kind, Markdown text) {
            Object found = find(made, kind);
            if (found != null) {
                return (T) found;
            }
            synchronized (this) {
                found = find(made, kind);
                if (found == null) {
                    found = Objects.requireNonNull(kind.from(text));
                    Object[] more = Arrays.copyOf(made, made.length + 2);
                    more[made.length] = kind;
                    more[made.length + 1] = found;
                    made = more;
                }
                return (T) found;
            }
        }

        private static Object find(Object[] made, Derived<?> kind) {
            for (int i = 0; i < made.length; i += 2) {
                if (made[i] == kind) {
                    return made[i + 1];
                }
            }
            return null;
        }
    }
}
