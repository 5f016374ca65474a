package org.hoshin.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the text of one content item as Markdown paragraphs and bullet lists, joining lines the PDF broke
 * inside a sentence (even across blank lines) and starting a new paragraph only after a finished sentence.
 */
final class MarkdownBuffer {

    private final List<String> blocks = new ArrayList<>();
    private final List<Integer> bulletIndexes = new ArrayList<>();

    void text(String line) {
        if (!blocks.isEmpty() && !JapaneseText.endsSentence(last())) {
            replaceLast(JapaneseText.join(last(), escape(line)));
            return;
        }
        blocks.add(escape(line));
    }

    void bullet(String line) {
        blocks.add(escape(line));
        bulletIndexes.add(blocks.size() - 1);
    }

    boolean isEmpty() {
        return blocks.isEmpty();
    }

    String toMarkdown() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            boolean bullet = bulletIndexes.contains(i);
            boolean previousBullet = bulletIndexes.contains(i - 1);
            if (i > 0) {
                out.append(bullet && previousBullet ? "\n" : "\n\n");
            }
            out.append(bullet ? "- " : "").append(blocks.get(i));
        }
        return out.toString();
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
