package org.hoshin.content;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one Markdown dialect of the site, shared by the content check and the renderer so both read a text the same
 * way. Indented code blocks are switched off: editors indent lines to line them up, as in a word processor, and a
 * line starting with four spaces or a tab silently became a grey code box; here it stays ordinary text (the content
 * check warns about it, see {@link IndentedText}).
 */
public final class MarkdownSyntax {

    private MarkdownSyntax() {
    }

    /** Fresh parser options of the site's dialect, for a caller to add its renderer options to. */
    public static MutableDataSet options() {
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(Parser.INDENTED_CODE_BLOCK_PARSER, false);
    }
}
