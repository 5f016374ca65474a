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
        Policy ja = edition.japanese();
        Policy en = edition.english();
        compare(new Item(ja.goal(), ja.goalText(), null), new Item(en.goal(), en.goalText(), en.goalText().origin()),
                en.translation(), warnings);
        for (int p = 0; p < ja.pillars().size(); p++) {
            Pillar jaPillar = ja.pillars().get(p);
            Pillar enPillar = en.pillars().get(p);
            compare(new Item(jaPillar.title(), jaPillar.summary(), null),
                    new Item(enPillar.title(), enPillar.summary(), enPillar.origin()), enPillar.translation(),
                    warnings);
            for (int i = 0; i < jaPillar.initiatives().size(); i++) {
                Initiative a = jaPillar.initiatives().get(i);
                Initiative b = enPillar.initiatives().get(i);
                compare(new Item(a.title() + " " + a.program(), a.body(), null),
                        new Item(b.title() + " " + b.program(), b.body(), b.origin()), b.translation(), warnings);
            }
        }
        compareSections(ja.management(), en.management(), warnings);
        compareSections(ja.columns(), en.columns(), warnings);
        return warnings;
    }

    private void compareSections(List<Section> ja, List<Section> en, List<ContentError> warnings) {
        for (int i = 0; i < ja.size(); i++) {
            compare(new Item(ja.get(i).title(), ja.get(i).body(), null),
                    new Item(en.get(i).title(), en.get(i).body(), en.get(i).origin()), en.get(i).translation(),
                    warnings);
        }
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
