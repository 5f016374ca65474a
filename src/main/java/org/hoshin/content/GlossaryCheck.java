package org.hoshin.content;

import java.util.ArrayList;
import java.util.Arrays;
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
        compare(ja.goal() + "\n\n" + ja.goalText().source(), en.goal() + "\n\n" + en.goalText().source(),
                en.translation(), en.goalText().origin(), warnings);
        for (int p = 0; p < ja.pillars().size(); p++) {
            Pillar jaPillar = ja.pillars().get(p);
            Pillar enPillar = en.pillars().get(p);
            compare(jaPillar.title() + "\n\n" + jaPillar.summary().source(),
                    enPillar.title() + "\n\n" + enPillar.summary().source(), enPillar.translation(),
                    enPillar.origin(), warnings);
            for (int i = 0; i < jaPillar.initiatives().size(); i++) {
                Initiative a = jaPillar.initiatives().get(i);
                Initiative b = enPillar.initiatives().get(i);
                compare(a.title() + " " + a.program() + "\n\n" + a.body().source(),
                        b.title() + " " + b.program() + "\n\n" + b.body().source(), b.translation(), b.origin(),
                        warnings);
            }
        }
        compareSections(ja.management(), en.management(), warnings);
        compareSections(ja.columns(), en.columns(), warnings);
        return warnings;
    }

    private void compareSections(List<Section> ja, List<Section> en, List<ContentError> warnings) {
        for (int i = 0; i < ja.size(); i++) {
            compare(ja.get(i).title() + "\n\n" + ja.get(i).body().source(),
                    en.get(i).title() + "\n\n" + en.get(i).body().source(), en.get(i).translation(),
                    en.get(i).origin(), warnings);
        }
    }

    private void compare(String japanese, String english, Translation state, Location where,
                         List<ContentError> warnings) {
        if (state != Translation.CURRENT && state != Translation.STALE) {
            return;
        }
        List<String> jaParagraphs = paragraphs(japanese);
        List<String> enParagraphs = paragraphs(english);
        boolean pairwise = jaParagraphs.size() == enParagraphs.size();
        for (int i = 0; i < (pairwise ? jaParagraphs.size() : 1); i++) {
            String a = pairwise ? jaParagraphs.get(i) : japanese;
            String b = pairwise ? enParagraphs.get(i) : english;
            for (Glossary.Term term : glossary.missingIn(a, b)) {
                warnings.add(ContentError.of(where, pairwise ? "glossaryCheck.termInParagraph" : "glossaryCheck.term",
                        term.japanese(), term.english(), i + 1));
            }
        }
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\n\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
