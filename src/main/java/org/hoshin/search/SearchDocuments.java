package org.hoshin.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hoshin.content.Caption;
import org.hoshin.content.Edition;
import org.hoshin.content.Lang;
import org.hoshin.content.Markdown;
import org.hoshin.content.Mascot;
import org.hoshin.content.Policy;
import org.hoshin.content.PolicyItem;
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

    /** The UI messages the documents show (section names, labels of passages). */
    private static final List<String> LABELS = List.of("basic_goal", "columns", "management", "notes",
            "pillar_label", "pillars", "search_in_mascot", "search_in_photo", "search_in_slogan", "search_in_table",
            "tables");

    private final PlainText plain = new PlainText();

    /**
     * Of the UI {@code messages}, those the documents show: all a document is made from besides its edition, and
     * quicker to compare than all the messages (the preview compares them for each edition on every save).
     */
    public static Map<String, String> labels(Map<String, String> messages) {
        Map<String, String> labels = new HashMap<>();
        for (String key : LABELS) {
            labels.put(key, messages.get(key));
        }
        return labels;
    }

    public List<SearchDocument> of(List<Ward> wards, Lang lang, Map<String, String> messages) {
        List<SearchDocument> docs = new ArrayList<>();
        for (Ward ward : wards) {
            for (Edition edition : ward.editions()) {
                docs.addAll(of(edition, edition.equals(ward.latest()), lang, messages));
            }
        }
        return docs;
    }

    /**
     * The documents of one edition page, in reading order; made from that edition alone and whether it is its
     * ward's latest ({@code latest}: its results point at the ward's own address), so the preview can keep them
     * while another edition is edited.
     */
    public List<SearchDocument> of(Edition edition, boolean latest, Lang lang, Map<String, String> messages) {
        List<SearchDocument> docs = new ArrayList<>();
        new EditionDocuments(edition, latest, lang, messages, docs).add();
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
            for (PolicyItem.Placed placed : p.placedItems()) {
                if (usable(placed.item().translation())) {
                    add(placed);
                }
            }
        }

        /** The document of one item, under the heading of its part of the page. */
        private void add(PolicyItem.Placed placed) {
            PolicyItem item = placed.item();
            switch (item.kind()) {
                case GOAL -> goal();
                case PILLARS_INTRO -> intro(item,
                        p.pillarsHeading().isEmpty() ? messages.get("pillars") : p.pillarsHeading());
                case PILLAR -> item(messages.get("pillars"), item);
                case INITIATIVE -> item(messages.get("pillar_label") + placed.pillarNumber() + " "
                        + placed.pillar().title(), item);
                case MANAGEMENT_INTRO -> intro(item, messages.get("management"));
                case MANAGEMENT -> item(messages.get("management"), item);
                case COLUMN -> item(messages.get("columns"), item);
                case TABLE -> docs.add(doc(messages.get("tables"), item.title(), "", "", item.id(),
                        rows((Table) item)));
                case NOTES -> intro(item, messages.get("notes"));
            }
        }

        /** The basic goal, with its slogan, mascots and photos as passages. */
        private void goal() {
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

        /** An introduction or the notes: prose under a part's heading, found at the heading. */
        private void intro(PolicyItem passage, String heading) {
            if (!passage.body().isBlank()) {
                docs.add(doc(heading, heading, "", text(passage.body()), passage.id(), List.of()));
            }
        }

        /** A pillar, initiative, management item or column, with its photos. */
        private void item(String section, PolicyItem item) {
            docs.add(doc(section, item.title(), item.program(), text(item.body()), item.id(),
                    photos(item.captions())));
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
