package org.hoshin.seed;

import java.util.ArrayList;
import java.util.List;
import org.hoshin.content.ReviewMarks;

/**
 * Collects the text of one content item as Markdown paragraphs, bullet and numbered lists and headings, joining
 * lines the PDF broke inside a sentence (even across blank lines) and starting a new paragraph only after a
 * finished sentence. A heading is never joined to the text before or after it.
 */
final class MarkdownBuffer {

    private enum Block { PARAGRAPH, BULLET, NUMBERED, HEADING, REVIEW }

    private final List<String> blocks = new ArrayList<>();
    private final List<Block> kinds = new ArrayList<>();

    void text(String line) {
        if (!blocks.isEmpty() && lastKind() != Block.HEADING && lastKind() != Block.REVIEW
                && !JapaneseText.endsSentence(last())) {
            replaceLast(JapaneseText.join(last(), escape(line)));
            return;
        }
        add(Block.PARAGRAPH, escape(line));
    }

    void bullet(String line) {
        add(Block.BULLET, escape(line));
    }

    /** An item of a numbered list, numbered as printed (the page shows the number as the list's). */
    void numbered(String number, String line) {
        add(Block.NUMBERED, number + ". " + escape(line));
    }

    /** A heading inside the text (the page places it below the item's own heading). */
    void heading(String line) {
        add(Block.HEADING, "# " + escape(line));
    }

    /** Import's review mark ({@link ReviewMarks}) on a line of its own: what follows needs an editor's look. */
    void review(String note) {
        add(Block.REVIEW, ReviewMarks.mark(note));
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    String toMarkdown() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (i > 0) {
                boolean sameList = kinds.get(i) == kinds.get(i - 1)
                        && (kinds.get(i) == Block.BULLET || kinds.get(i) == Block.NUMBERED);
                out.append(sameList ? "\n" : "\n\n");
            }
            out.append(kinds.get(i) == Block.BULLET ? "- " : "").append(blocks.get(i));
        }
        return out.toString();
    }

    private void add(Block kind, String text) {
        blocks.add(text);
        kinds.add(kind);
    }

    private Block lastKind() {
        return kinds.get(kinds.size() - 1);
    }

    private String last() {
        return blocks.get(blocks.size() - 1);
    }

    private void replaceLast(String text) {
        blocks.set(blocks.size() - 1, text);
    }

    /** Keeps characters Markdown would treat as syntax from changing the text; **bold** of the seed survives. */
    private static String escape(String text) {
        String escaped = text.replace("<", "&lt;").replace("_", "\\_");
        if (escaped.matches("^[0-9０-９]+[.)].*")) {
            escaped = escaped.replaceFirst("([.)])", "\\\\$1");
        }
        if (escaped.startsWith("#") || escaped.startsWith(">") || escaped.startsWith("+")) {
            escaped = "\\" + escaped;
        }
        return escaped;
    }
}
