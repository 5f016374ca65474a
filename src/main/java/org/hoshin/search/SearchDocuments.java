package org.hoshin.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hoshin.content.Caption;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Lang;
import org.hoshin.content.Markdown;
import org.hoshin.content.Mascot;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.Section;
import org.hoshin.content.Table;
import org.hoshin.content.Translation;
import org.hoshin.content.Ward;
import org.hoshin.render.PlainText;
import org.hoshin.routes.Routes;
import org.hoshin.search.SearchDocument.Passage;

/**
 * Turns the content of one language into search documents, one per item with an anchor, so that every text a
 * reader sees on an edition page is found and leads to the nearest anchor: the goal with its slogan, mascots and
 * photo captions; the introductions of the pillars and of the management part; each pillar, initiative, management
 * item and column with its captions; each table (title and cells); the notes. Items whose translation is missing
 * are left out of the English index, so English search never answers with Japanese text. Every edition is indexed
 * with its fiscal year (the browser shows each ward's latest by default); the latest edition's results point at the
 * ward's own address.
 */
public final class SearchDocuments {

    private final PlainText plain = new PlainText();

    public List<SearchDocument> of(List<Ward> wards, Lang lang, Map<String, String> messages) {
        List<SearchDocument> docs = new ArrayList<>();
        for (Ward ward : wards) {
            for (Edition edition : ward.editions()) {
                new EditionDocuments(edition, edition.equals(ward.latest()), lang, messages, docs).add();
            }
        }
        return docs;
    }

    /** The documents of one edition page, in reading order. */
    private final class EditionDocuments {
        private final Edition edition;
        private final Policy p;
        private final Lang lang;
        private final Map<String, String> messages;
        private final String base;
        private final List<SearchDocument> docs;

        EditionDocuments(Edition edition, boolean latest, Lang lang, Map<String, String> messages,
                         List<SearchDocument> docs) {
            this.edition = edition;
            this.p = edition.policy(lang);
            this.lang = lang;
            this.messages = messages;
            this.base = latest ? Routes.ward(edition.wardId())
                    : Routes.edition(edition.wardId(), edition.fiscalYear().start());
            this.docs = docs;
        }

        void add() {
            if (usable(p.translation())) {
                List<Passage> passages = new ArrayList<>();
                if (!p.slogan().isBlank()) {
                    passages.add(new Passage(messages.get("search_in_slogan"), p.slogan()));
                }
                for (Mascot mascot : p.mascots()) {
                    passages.add(new Passage(messages.get("search_in_mascot"), mascotText(mascot)));
                }
                passages.addAll(photos(p.captions()));
                docs.add(doc(messages.get("basic_goal"), p.goal().replace('\n', ' '), "", text(p.goalText()),
                        "goal", passages));
            }
            String pillarsHeading = p.pillarsHeading().isEmpty() ? messages.get("pillars") : p.pillarsHeading();
            intro(p.pillarsIntro(), pillarsHeading, "pillars");
            int number = 0;
            for (Pillar pillar : p.pillars()) {
                String label = messages.get("pillar_label") + (++number) + " " + pillar.title();
                if (usable(pillar.translation())) {
                    docs.add(doc(messages.get("pillars"), pillar.title(), "", text(pillar.summary()), pillar.id(),
                            photos(pillar.captions())));
                }
                for (Initiative i : pillar.initiatives()) {
                    if (usable(i.translation())) {
                        docs.add(doc(label, i.title(), i.program(), text(i.body()), i.id(), photos(i.captions())));
                    }
                }
            }
            intro(p.managementIntro(), messages.get("management"), "management");
            sections(p.management(), messages.get("management"));
            sections(p.columns(), messages.get("columns"));
            for (Table table : p.tables()) {
                if (usable(table.translation())) {
                    docs.add(doc(messages.get("tables"), table.title(), "", "", table.id(), rows(table)));
                }
            }
            intro(p.notes(), messages.get("notes"), "notes-heading");
        }

        /** An introduction or the notes: prose under a part's heading, found at the heading. */
        private void intro(Markdown prose, String heading, String anchor) {
            if (!prose.isBlank() && usable(prose.translation())) {
                docs.add(doc(heading, heading, "", text(prose), anchor, List.of()));
            }
        }

        private void sections(List<Section> sections, String label) {
            for (Section s : sections) {
                if (usable(s.translation())) {
                    docs.add(doc(label, s.title(), "", text(s.body()), s.id(), photos(s.captions())));
                }
            }
        }

        /** A mascot as the page introduces it: 泉区マスコットキャラクター「いっずん」, Izzun (Izumi Ward mascot). */
        private String mascotText(Mascot mascot) {
            return lang.isJapanese() ? mascot.role() + "「" + mascot.name() + "」"
                    : mascot.name() + " (" + mascot.role() + ")";
        }

        private List<Passage> photos(List<Caption> captions) {
            return captions.stream().map(c -> new Passage(messages.get("search_in_photo"), c.text())).toList();
        }

        /** The header and each row of a table, a line each, its cells separated as the page's columns are. */
        private List<Passage> rows(Table table) {
            List<Passage> rows = new ArrayList<>();
            rows.add(new Passage(messages.get("search_in_table"), String.join(" / ", table.header())));
            for (List<String> row : table.rows()) {
                rows.add(new Passage(messages.get("search_in_table"), String.join(" / ", row)));
            }
            return rows;
        }

        private SearchDocument doc(String section, String title, String program, String text, String anchor,
                                   List<Passage> passages) {
            return new SearchDocument(edition.wardId(), edition.fiscalYear().start(), section, title, program, text,
                    Routes.anchor(base, anchor), passages);
        }
    }

    private static boolean usable(Translation translation) {
        return translation != Translation.MISSING;
    }

    private String text(Markdown source) {
        return plain.of(source);
    }
}
