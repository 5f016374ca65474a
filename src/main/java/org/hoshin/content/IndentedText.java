package org.hoshin.content;

import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds text that standard Markdown would show as a code box because its lines start with four spaces or a tab.
 * The site shows such text as ordinary text ({@link MarkdownSyntax}), but the editor probably indented it on
 * purpose, and other Markdown viewers (GitHub's preview of the pull request) still show a code box, so the build
 * warns at the line. Only texts with such a line are parsed.
 */
public final class IndentedText {

    private static final Pattern INDENTED_LINE = Pattern.compile("(?m)^( {4}|\\t)");
    private static final Parser STANDARD = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();

    private IndentedText() {
    }

    /** One warning per indented block of every text of {@code edition}, in both languages. */
    public static List<ContentError> check(Edition edition) {
        List<ContentError> warnings = new ArrayList<>();
        for (Policy policy : List.of(edition.japanese(), edition.english())) {
            for (Markdown text : PolicyTexts.of(policy)) {
                if (INDENTED_LINE.matcher(text.source()).find()) {
                    warnings.addAll(check(text));
                }
            }
        }
        return warnings;
    }

    static List<ContentError> check(Markdown text) {
        List<ContentError> warnings = new ArrayList<>();
        LineIndex lines = LineIndex.of(text.source());
        for (Node node : STANDARD.parse(text.source()).getDescendants()) {
            if (node instanceof IndentedCodeBlock) {
                warnings.add(ContentError.of(text.origin().atLine(text.origin().line()
                        + lines.line(node.getStartOffset())), "indented.text"));
            }
        }
        return warnings;
    }
}
