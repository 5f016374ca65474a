package org.hoshin.render;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.hoshin.content.Markdown;
import org.hoshin.content.MarkdownSyntax;
import org.jsoup.Jsoup;

/**
 * The one place a Markdown text is rendered: each text is parsed once and rendered once for each way of breaking
 * lines it can be shown with, and what a reader sees of it (its plain text and blocks) is read once from that
 * render. The pages (a latest edition is shown at two addresses), the search index, the themes, the open data and
 * the comparisons all ask for the same texts; rendering and reading each again for each was a fifth of a build at
 * fifty times today's content. The parsed tree is dropped as soon as the text is rendered: only the HTML and the
 * text read from it are kept, which take less memory than Flexmark's trees.
 *
 * <p>What is made is kept for as long as the text's source (the string the content model holds) is alive, so a
 * preview reuses it while the text's ward is unchanged, and it is forgotten with the model. It is a function of the
 * source alone, so equal sources share it. The build's threads may ask at once: each text is made under its own
 * lock, once; Flexmark's parser and renderers keep no state between calls, and jsoup's {@code Cleaner} only reads
 * its safe-list.
 */
final class RenderedTexts {

    /** Comment blocks are left out: the only one content may hold is import's review mark, never shown. */
    private static final MutableDataSet OPTIONS = MarkdownSyntax.options().set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true);
    /** A single line break is kept in Japanese, where editors break lines on purpose. */
    private static final HtmlRenderer JAPANESE = HtmlRenderer.builder(
            new MutableDataSet(OPTIONS).set(HtmlRenderer.SOFT_BREAK, "<br />\n")).build();
    /** A single line break is a space in English, where translators wrap long lines in their editor. */
    private static final HtmlRenderer ENGLISH = HtmlRenderer.builder(
            new MutableDataSet(OPTIONS).set(HtmlRenderer.SOFT_BREAK, "\n")).build();
    /**
     * The site's dialect without its tables extension, which reads the same tree from a text without a {@code |}
     * (no table is made without one), but compiles a regular expression on every parse: a third of Flexmark's
     * parsing time at fifty times today's content.
     */
    private static final Parser WITHOUT_TABLES = Parser.builder(withoutTables(MarkdownSyntax.options())).build();
    private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();
    /** Weak keys: an entry lives as long as the source string the content model holds. */
    private static final Map<String, Rendered> TEXTS = Collections.synchronizedMap(new WeakHashMap<>());

    private RenderedTexts() {
    }

    /**
     * The text's HTML after the allow-list ("" when blank), with line breaks as in the given language.
     *
     * @param english whether a single line break is a space (English) rather than a line break (Japanese)
     */
    static String html(Markdown text, boolean english) {
        return text.isBlank() ? "" : entry(text).made(text).html(english);
    }

    /**
     * What a reader sees of the text, read from its Japanese-style HTML by {@code reader} on first use: from the
     * document the sanitizer parsed when the text is rendered for it (most texts are first asked for this), else
     * from the HTML parsed again.
     */
    static ReadText.Read read(Markdown text, Function<org.jsoup.nodes.Document, ReadText.Read> reader) {
        return entry(text).read(text, reader);
    }

    private static Rendered entry(Markdown text) {
        return TEXTS.computeIfAbsent(text.source(), source -> new Rendered());
    }

    /** One text's HTML in both ways of breaking lines (the same string when the text has no single line break). */
    private record Made(String japanese, String english) {
        String html(boolean inEnglish) {
            return inEnglish ? english : japanese;
        }
    }

    /**
     * The entry of one source text. It never holds the source itself, which is the map's weak key.
     */
    private static final class Rendered {
        private Made made;
        private ReadText.Read read;

        synchronized Made made(Markdown text) {
            if (made == null) {
                make(text);
            }
            return made;
        }

        synchronized ReadText.Read read(Markdown text, Function<org.jsoup.nodes.Document, ReadText.Read> reader) {
            if (read == null) {
                org.jsoup.nodes.Document parsed = made == null ? make(text) : null;
                read = reader.apply(parsed != null ? parsed : Jsoup.parse(made.japanese()));
            }
            return read;
        }

        /**
         * Renders the text; returns its Japanese-style HTML as the sanitizer parsed it when it was clean (null
         * otherwise), for the first reading to use rather than parse the HTML again.
         */
        private org.jsoup.nodes.Document make(Markdown text) {
            Document tree = parse(text);
            HtmlSanitizer.Checked japanese = SANITIZER.check(JAPANESE.render(tree));
            String english = hasSoftBreak(tree) ? SANITIZER.sanitize(ENGLISH.render(tree)) : japanese.html();
            made = new Made(japanese.html(), english);
            return japanese.parsed();
        }
    }

    /** The text's tree in the site's dialect ({@link Markdown#parse}). */
    static Document parse(Markdown text) {
        return text.source().indexOf('|') < 0 ? WITHOUT_TABLES.parse(text.source()) : text.parse();
    }

    private static MutableDataSet withoutTables(MutableDataSet options) {
        return options.set(Parser.EXTENSIONS, Parser.EXTENSIONS.get(options).stream()
                .filter(extension -> !(extension instanceof TablesExtension)).toList());
    }

    private static boolean hasSoftBreak(Node tree) {
        for (Node node : tree.getDescendants()) {
            if (node instanceof SoftLineBreak) {
                return true;
            }
        }
        return false;
    }
}
