package org.hoshin.render;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hoshin.content.Caption;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Lang;
import org.hoshin.content.Markdown;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.Section;
import org.hoshin.content.Table;
import org.hoshin.content.Translation;
import org.hoshin.content.compare.EditionDiff;
import org.hoshin.content.compare.Passage;

/**
 * The items of one edition as a comparison shows them, in Japanese and English. The English items are indexed by id
 * once (ids are unique on a ward page and the English mirrors them), and an item's Markdown is made readable only
 * when a row asks for it, and only once: looking every row's English up by scanning and rendering the whole policy
 * made a changes page quadratic in its items.
 */
final class EditionTexts {

    /**
     * What identifies an item in a comparison, without its text.
     *
     * @param item   the item itself (the policy stands for its basic goal), for {@link #body}
     * @param extras the short lists shown with the item (photo captions, mascots, a label), by the UI message
     *               naming each, in page order; a list the item does not have is absent
     */
    record Head(String id, String title, String program, Translation translation, Object item,
                Map<String, List<String>> extras) {
    }

    /** The UI message naming a pillars' introduction's own label for the initiatives. */
    static final String INITIATIVES_LABEL = "changes_initiatives_label";

    /** The id the basic goal has as a row; no item can take it, it is the page's own section id. */
    static final String GOAL = "goal";

    private final Edition edition;
    private final Function<Markdown, String> plain;
    private final Map<String, Object> english = new HashMap<>();
    private final Map<Object, Head> heads = new IdentityHashMap<>();
    private final Map<Object, String> bodies = new IdentityHashMap<>();

    /**
     * @param edition the edition
     * @param plain   the text a reader sees of some Markdown, one block per line
     */
    EditionTexts(Edition edition, Function<Markdown, String> plain) {
        this.edition = edition;
        this.plain = plain;
        Policy en = edition.english();
        english.put(GOAL, en);
        for (Pillar p : en.pillars()) {
            english.put(p.id(), p);
            p.initiatives().forEach(i -> english.put(i.id(), i));
        }
        en.management().forEach(s -> english.put(s.id(), s));
        en.columns().forEach(s -> english.put(s.id(), s));
        en.tables().forEach(t -> english.put(t.id(), t));
        english.put(Passage.PILLARS_INTRO, EditionDiff.pillarsPassage(en));
        english.put(Passage.MANAGEMENT_INTRO, new Passage(Passage.MANAGEMENT_INTRO, en.managementIntro()));
        english.put(Passage.NOTES, new Passage(Passage.NOTES, en.notes()));
    }

    Edition edition() {
        return edition;
    }

    /** The head of an item of this edition (the policy itself stands for its basic goal). */
    Head of(Object item) {
        return heads.computeIfAbsent(item, i -> head(i, i == edition.english() && i != edition.japanese() ? Lang.EN : Lang.JA));
    }

    /** The English of an item of this edition's Japanese policy, or null when the English has no such item. */
    Head english(Object japaneseItem) {
        Object item = english.get(id(japaneseItem));
        return item == null ? null : of(item);
    }

    /** The text a reader sees of the item, one block per line; rendered on first use. */
    String body(Head head) {
        return bodies.computeIfAbsent(head.item(), this::render);
    }

    /** The item's id, without rendering anything. */
    static String id(Object item) {
        return head(item, Lang.JA).id();
    }

    /** @param lang the language of the policy the item is from, which names its mascots as its page does */
    private static Head head(Object item, Lang lang) {
        if (item instanceof Policy p) {
            return new Head(GOAL, p.goal().lines().map(String::strip).reduce("", (a, l) -> a + l), "",
                    p.translation(), p, extras("mascots", p.mascots().stream().map(m -> m.label(lang)).toList(),
                    "photos", captions(p.captions())));
        }
        if (item instanceof Pillar p) {
            return new Head(p.id(), p.title(), "", p.translation(), p, extras("photos", captions(p.captions())));
        }
        if (item instanceof Initiative i) {
            return new Head(i.id(), i.title(), i.program(), i.translation(), i,
                    extras("photos", captions(i.captions())));
        }
        if (item instanceof Passage p) {
            return new Head(p.id(), p.heading(), "", p.text().translation(), p,
                    extras(INITIATIVES_LABEL, p.label().isBlank() ? List.of() : List.of(p.label())));
        }
        if (item instanceof Table t) {
            return new Head(t.id(), t.title(), "", t.translation(), t, Map.of());
        }
        Section s = (Section) item;
        return new Head(s.id(), s.title(), "", s.translation(), s, extras("photos", captions(s.captions())));
    }

    /** The non-empty lists among {@code keysAndLists} (a message key, then its list, and so on), in that order. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> extras(Object... keysAndLists) {
        Map<String, List<String>> extras = new LinkedHashMap<>();
        for (int k = 0; k < keysAndLists.length; k += 2) {
            List<String> lines = (List<String>) keysAndLists[k + 1];
            if (!lines.isEmpty()) {
                extras.put((String) keysAndLists[k], lines);
            }
        }
        return extras;
    }

    private static List<String> captions(List<Caption> captions) {
        return captions.stream().map(Caption::text).toList();
    }

    private String render(Object item) {
        if (item instanceof Policy p) {
            return String.join("\n", p.slogan(), plain.apply(p.goalText())).strip();
        }
        if (item instanceof Pillar p) {
            return plain.apply(p.summary());
        }
        if (item instanceof Initiative i) {
            return plain.apply(i.body());
        }
        if (item instanceof Passage p) {
            return plain.apply(p.text());
        }
        if (item instanceof Table t) {
            StringBuilder rows = new StringBuilder(String.join(" | ", t.header()));
            t.rows().forEach(r -> rows.append('\n').append(String.join(" | ", r)));
            return rows.toString();
        }
        return plain.apply(((Section) item).body());
    }
}
