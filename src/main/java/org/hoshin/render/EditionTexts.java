package org.hoshin.render;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hoshin.content.Caption;
import org.hoshin.content.Edition;
import org.hoshin.content.Goal;
import org.hoshin.content.Lang;
import org.hoshin.content.Markdown;
import org.hoshin.content.Passage;
import org.hoshin.content.PolicyItem;
import org.hoshin.content.Table;
import org.hoshin.content.Translation;

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
     * @param item   the item itself, for {@link #body}
     * @param extras the short lists shown with the item (photo captions, mascots, a label), by the UI message
     *               naming each, in page order; a list the item does not have is absent
     */
    record Head(String id, String title, String program, Translation translation, PolicyItem item,
                Map<String, List<String>> extras) {
    }

    /** The UI message naming a pillars' introduction's own label for the initiatives. */
    static final String INITIATIVES_LABEL = "changes_initiatives_label";

    private final Edition edition;
    private final Function<Markdown, String> plain;
    private final Map<String, PolicyItem> english = new HashMap<>();
    private final Map<PolicyItem, Head> heads = new IdentityHashMap<>();
    private final Map<PolicyItem, String> bodies = new IdentityHashMap<>();

    /**
     * @param edition the edition
     * @param plain   the text a reader sees of some Markdown, one block per line
     */
    EditionTexts(Edition edition, Function<Markdown, String> plain) {
        this.edition = edition;
        this.plain = plain;
        edition.english().items().forEach(item -> english.put(item.id(), item));
    }

    Edition edition() {
        return edition;
    }

    /** The head of an item of this edition. */
    Head of(PolicyItem item) {
        return heads.computeIfAbsent(item, i -> head(i, i == edition.english().basicGoal()
                && i != edition.japanese().basicGoal() ? Lang.EN : Lang.JA));
    }

    /** The English of an item of this edition's Japanese policy, or null when the English has no such item. */
    Head english(PolicyItem japaneseItem) {
        PolicyItem item = english.get(japaneseItem.id());
        return item == null ? null : of(item);
    }

    /** The text a reader sees of the item, one block per line; rendered on first use. */
    String body(Head head) {
        return bodies.computeIfAbsent(head.item(), this::render);
    }

    /** @param lang the language of the policy the item is from, which names its mascots as its page does */
    private static Head head(PolicyItem item, Lang lang) {
        String title = item.title();
        Map<String, List<String>> extras = extras("photos", captions(item.captions()));
        if (item instanceof Goal g) {
            title = g.statement().lines().map(String::strip).reduce("", (a, l) -> a + l);
            extras = extras("mascots", g.mascots().stream().map(m -> m.label(lang)).toList(),
                    "photos", captions(g.captions()));
        } else if (item instanceof Passage p) {
            extras = extras(INITIATIVES_LABEL, p.label().isBlank() ? List.of() : List.of(p.label()));
        }
        return new Head(item.id(), title, item.program(), item.translation(), item, extras);
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

    private String render(PolicyItem item) {
        if (item instanceof Goal g) {
            return String.join("\n", g.slogan(), plain.apply(g.body())).strip();
        }
        if (item instanceof Table t) {
            StringBuilder rows = new StringBuilder(String.join(" | ", t.header()));
            t.rows().forEach(r -> rows.append('\n').append(String.join(" | ", r)));
            return rows.toString();
        }
        return plain.apply(item.body());
    }
}
