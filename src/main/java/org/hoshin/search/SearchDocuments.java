package org.hoshin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Markdown;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.Section;
import org.hoshin.content.Translation;
import org.hoshin.content.Ward;
import org.hoshin.render.PlainText;

/**
 * Turns the content of one language into search documents, one per item with an anchor. Items whose translation
 * is missing are left out of the English index, so English search never answers with Japanese text. Every edition
 * is indexed with its fiscal year (the browser shows each ward's latest by default); the latest edition's results
 * point at the ward's own address.
 */
public final class SearchDocuments {

    private final PlainText plain = new PlainText();

    public List<SearchDocument> of(List<Ward> wards, String lang, Map<String, String> messages) {
        List<SearchDocument> docs = new ArrayList<>();
        for (Ward ward : wards) {
            for (Edition edition : ward.editions()) {
                add(docs, edition, edition.equals(ward.latest()), lang, messages);
            }
        }
        return docs;
    }

    /** The documents of one edition; the latest one's addresses are the ward's own, so results show its page. */
    private void add(List<SearchDocument> docs, Edition ward, boolean latest, String lang,
                     Map<String, String> messages) {
        Policy p = ward.policy(lang);
        String base = "wards/" + ward.wardId() + "/" + (latest ? "" : ward.fiscalYear().start() + "/");
        if (usable(p.translation())) {
            docs.add(doc(ward, messages.get("basic_goal"), p.goal().replace('\n', ' '),
                    "", text(p.goalText()), base + "#goal"));
        }
        int number = 0;
        for (Pillar pillar : p.pillars()) {
            String label = messages.get("pillar_label") + (++number) + " " + pillar.title();
            if (usable(pillar.translation())) {
                docs.add(doc(ward, messages.get("pillars"), pillar.title(), "",
                        text(pillar.summary()), base + "#" + pillar.id()));
            }
            for (Initiative i : pillar.initiatives()) {
                if (usable(i.translation())) {
                    docs.add(doc(ward, label, i.title(), i.program(), text(i.body()),
                            base + "#" + i.id()));
                }
            }
        }
        sections(docs, ward, p.management(), messages.get("management"), base);
        sections(docs, ward, p.columns(), messages.get("columns"), base);
    }

    private void sections(List<SearchDocument> docs, Edition ward, List<Section> sections, String label, String base) {
        for (Section s : sections) {
            if (usable(s.translation())) {
                docs.add(doc(ward, label, s.title(), "", text(s.body()), base + "#" + s.id()));
            }
        }
    }

    private static SearchDocument doc(Edition ward, String section, String title, String program, String text,
                                      String url) {
        return new SearchDocument(ward.wardId(), ward.fiscalYear().start(), section, title, program, text, url);
    }

    private static boolean usable(Translation translation) {
        return translation != Translation.MISSING;
    }

    private String text(Markdown source) {
        return plain.of(source);
    }
}
