package org.hoshin.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares each translated item of a ward with its Japanese source, paragraph by paragraph where both have the
 * same number of paragraphs (else item by item), and reports glossary terms rendered differently.
 */
public final class GlossaryCheck {

    private final Glossary glossary;

    public GlossaryCheck(Glossary glossary) {
        this.glossary = glossary;
    }

    public List<ContentError> check(Edition edition) {
        List<ContentError> warnings = new ArrayList<>();
        // the English mirrors the Japanese item for item, so the walks pair by position
        List<PolicyItem> ja = edition.japanese().items();
        List<PolicyItem> en = edition.english().items();
        for (int i = 0; i < ja.size(); i++) {
            PolicyItem a = ja.get(i);
            PolicyItem b = en.get(i);
            if (a.kind() != PolicyItem.Kind.TABLE && !a.kind().passage()) {
                compare(new Item(heading(a), a.body(), null), new Item(heading(b), b.body(), b.origin()),
                        b.translation(), warnings);
            }
        }
        return warnings;
    }

    /** What an item says before its text: its title, and an initiative's program. */
    private static String heading(PolicyItem item) {
        return item.kind() == PolicyItem.Kind.INITIATIVE ? item.title() + " " + item.program() : item.title();
    }

    private void compare(Item japanese, Item english, Translation state, List<ContentError> warnings) {
        if (state != Translation.CURRENT && state != Translation.STALE) {
            return;
        }
        List<Paragraph> jaParagraphs = japanese.paragraphs();
        List<Paragraph> enParagraphs = english.paragraphs();
        boolean pairwise = jaParagraphs.size() == enParagraphs.size();
        for (int i = 0; i < (pairwise ? jaParagraphs.size() : 1); i++) {
            String a = pairwise ? jaParagraphs.get(i).text() : japanese.whole();
            String b = pairwise ? enParagraphs.get(i).text() : english.whole();
            Location where = pairwise ? enParagraphs.get(i).where() : english.file();
            for (Glossary.Term term : glossary.missingIn(a, b)) {
                warnings.add(ContentError.of(where, pairwise ? "glossaryCheck.termInParagraph" : "glossaryCheck.term",
                        term.japanese(), term.english(), i + 1));
            }
        }
    }

    /**
     * One item as the check reads it: its heading (title and program, or the goal) and its text. A warning names
     * the English file and the line where the paragraph starts (the heading's is the file's front matter).
     */
    private record Item(String heading, Markdown body, Location file) {

        String whole() {
            return heading + "\n\n" + body.source();
        }

        List<Paragraph> paragraphs() {
            List<Paragraph> found = new ArrayList<>();
            for (String part : heading.strip().split("\\n\\s*\\n")) {
                if (!part.isBlank()) {
                    found.add(new Paragraph(part.strip(), file));
                }
            }
            Location start = body.origin();
            StringBuilder text = new StringBuilder();
            int firstLine = 0;
            String[] lines = body.source().split("\n", -1);
            for (int line = 0; line <= lines.length; line++) {
                boolean blank = line == lines.length || lines[line].isBlank();
                if (blank && !text.isEmpty()) {
                    found.add(new Paragraph(text.toString().strip(), start == null ? file
                            : new Location(start.file(), start.line() + firstLine, 0)));
                    text.setLength(0);
                } else if (!blank) {
                    firstLine = text.isEmpty() ? line : firstLine;
                    text.append(lines[line]).append('\n');
                }
            }
            return found;
        }
    }

    private record Paragraph(String text, Location where) {
    }
}
