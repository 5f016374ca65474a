package org.hoshin.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Lang;
import org.hoshin.content.Markdown;
import org.hoshin.content.Passage;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.PolicyItem;
import org.hoshin.content.Translation;
import org.hoshin.content.Ward;
import org.hoshin.content.compare.EditionDiff;
import org.hoshin.content.compare.ItemChange;
import org.hoshin.content.compare.PillarChange;
import org.hoshin.render.EditionTexts.Head;

/**
 * Prepares the {@link ChangesView} of an edition compared with the one before it. Items are matched on the
 * Japanese (the source); an English page shows the English of a row only when both years' translations are current,
 * because a stale translation would hide the very change the page is about; otherwise the row shows the Japanese.
 */
public final class ChangesViews {

    private final Function<Markdown, String> plain;

    public ChangesViews() {
        this(BlockText::of);
    }

    /** @param plain the text a reader sees of some Markdown, one block per line (see {@link BlockText}) */
    ChangesViews(Function<Markdown, String> plain) {
        this.plain = plain;
    }

    /** The comparison of {@code newer} with {@code older} (the edition before it) in {@code lang}. */
    public ChangesView view(Ward ward, Edition older, Edition newer, Lang lang) {
        EditionDiff diff = EditionDiff.of(older, newer);
        Builder b = new Builder(lang, new EditionTexts(older, plain), new EditionTexts(newer, plain));
        List<ChangesView.Part> parts = new ArrayList<>();
        parts.add(b.part("goal", "basic_goal", List.of(b.row(diff.goal(), null, null))));
        List<Entry> pillars = new ArrayList<>(passages(b, diff.pillarsIntro(), "changes_pillars_intro"));
        for (PillarChange p : diff.pillars()) {
            pillars.add(b.row(p.pillar(), null, null));
            ChangesView.PillarLabel context = b.label(p.pillar());
            for (ItemChange<Initiative> i : p.initiatives()) {
                Pillar from = i.newer() == null ? null : p.movedFrom().get(i.newer().id());
                pillars.add(b.row(i, context, from == null ? null : b.label(b.older, from)));
            }
        }
        parts.add(b.part("pillars", "pillars", pillars));
        List<Entry> management = new ArrayList<>(passages(b, diff.managementIntro(), "changes_management_intro"));
        diff.management().forEach(s -> management.add(b.row(s, null, null)));
        parts.add(b.part("management", "management", management));
        parts.add(b.part("columns", "columns", diff.columns().stream().map(s -> b.row(s, null, null)).toList()));
        parts.add(b.part("tables", "tables", diff.tables().stream().map(t -> b.row(t, null, null)).toList()));
        parts.add(b.part("notes", "notes", passages(b, diff.notes(), "notes")));
        ChangesView.Counts counts = new ChangesView.Counts(count(diff, ItemChange.Kind.ADDED),
                count(diff, ItemChange.Kind.REMOVED), count(diff, ItemChange.Kind.CHANGED),
                count(diff, ItemChange.Kind.UNCHANGED));
        Policy shown = newer.policy(lang);
        String title = WardView.ownTitleFits(shown.title(), shown.wardName(), WardViews.status(shown.translation()))
                ? shown.title() : "";
        return new ChangesView(ward.id(), ward.name(lang), title, link(newer, lang),
                link(older, lang), counts, parts.stream().filter(p -> !p.rows().isEmpty() || !p.unchanged().isEmpty())
                .toList());
    }

    /** Rows of text parts without a title of their own, named by the UI message {@code titleKey}. */
    private static List<Entry> passages(Builder b, List<ItemChange<Passage>> changes, String titleKey) {
        return changes.stream().map(c -> b.row(c, null, null).named(titleKey)).toList();
    }

    private static long count(EditionDiff diff, ItemChange.Kind kind) {
        return diff.all().filter(c -> c.kind() == kind).count();
    }

    private static WardView.EditionLink link(Edition edition, Lang lang) {
        return new WardView.EditionLink(edition.fiscalYear().start(), WardViews.yearLabel(edition.fiscalYear(), lang),
                false);
    }

    /** A row before it is sorted into the table or the unchanged list. */
    private record Entry(ChangesView.Row row, ChangesView.Unchanged unchanged) {

        /** The same entry titled by a UI message instead of the item's own title. */
        Entry named(String titleKey) {
            return new Entry(row == null ? null : row.named(titleKey),
                    unchanged == null ? null : unchanged.named(titleKey));
        }
    }

    /** Turns item changes of one comparison into rows, in the page's language where the translations allow. */
    private static final class Builder {

        private final Lang lang;
        private final EditionTexts older;
        private final EditionTexts newer;
        private final Map<String, Integer> keys = new HashMap<>();

        Builder(Lang lang, EditionTexts older, EditionTexts newer) {
            this.lang = lang;
            this.older = older;
            this.newer = newer;
        }

        ChangesView.Part part(String id, String messageKey, List<Entry> entries) {
            return new ChangesView.Part(id, messageKey,
                    entries.stream().map(Entry::row).filter(r -> r != null).toList(),
                    entries.stream().map(Entry::unchanged).filter(u -> u != null).toList());
        }

        /** The pillar in the page's language where translated (stale included), with the language it is in. */
        ChangesView.PillarLabel label(ItemChange<Pillar> change) {
            boolean isNew = change.newer() != null;
            EditionTexts texts = isNew ? newer : older;
            Pillar pillar = isNew ? change.newer() : change.older();
            return label(texts, pillar);
        }

        /** A pillar of the edition {@code texts} holds, named in the page's language where translated. */
        ChangesView.PillarLabel label(EditionTexts texts, Pillar pillar) {
            List<Pillar> pillars = texts.edition().japanese().pillars();
            int number = 1;
            while (number <= pillars.size() && pillars.get(number - 1) != pillar) {
                number++;
            }
            Head en = texts.english(pillar);
            boolean english = lang == Lang.EN && en != null && en.translation() != Translation.MISSING;
            return new ChangesView.PillarLabel(number, english ? en.title() : pillar.title(),
                    (english ? Lang.EN : Lang.JA).code());
        }

        <T extends PolicyItem> Entry row(ItemChange<T> change, ChangesView.PillarLabel context,
                                         ChangesView.PillarLabel movedFrom) {
            Head oldJa = change.older() == null ? null : older.of(change.older());
            Head newJa = change.newer() == null ? null : newer.of(change.newer());
            Head oldEn = oldJa == null ? null : older.english(change.older());
            Head newEn = newJa == null ? null : newer.english(change.newer());
            boolean english = lang == Lang.EN && current(oldJa, oldEn) && current(newJa, newEn);
            Head o = english ? oldEn : oldJa;
            Head n = english ? newEn : newJa;
            Lang rowLang = english ? Lang.EN : Lang.JA;
            Head shown = n != null ? n : o;
            String key = key(shown.id());
            if (change.kind() == ItemChange.Kind.UNCHANGED) {
                return new Entry(null, new ChangesView.Unchanged(shown.id(), shown.title(), rowLang.code()));
            }
            ChangesView.Side newSide;
            ChangesView.Side oldSide;
            if (o == null) {
                newSide = plainSide(n, newer);
                oldSide = null;
            } else if (n == null) {
                newSide = null;
                oldSide = plainSide(o, older);
            } else {
                PhraseDiff.Sides title = PhraseDiff.diff(o.title(), n.title(), rowLang);
                PhraseDiff.Sides program = PhraseDiff.diff(o.program(), n.program(), rowLang);
                PhraseDiff.Sides body = PhraseDiff.diff(older.body(o), newer.body(n), rowLang);
                List<ChangesView.Extra> newExtras = new ArrayList<>();
                List<ChangesView.Extra> oldExtras = new ArrayList<>();
                for (String extra : extraKeys(o, n)) {
                    List<String> was = o.extras().getOrDefault(extra, List.of());
                    List<String> is = n.extras().getOrDefault(extra, List.of());
                    PhraseDiff.Sides lines = PhraseDiff.diff(String.join("\n", was), String.join("\n", is), rowLang);
                    addExtra(newExtras, extra, is, lines.newer());
                    addExtra(oldExtras, extra, was, lines.older());
                }
                newSide = new ChangesView.Side(n.id(), first(title.newer()), first(program.newer()), body.newer(),
                        newExtras);
                oldSide = new ChangesView.Side(o.id(), first(title.older()), first(program.older()), body.older(),
                        oldExtras);
            }
            return new Entry(new ChangesView.Row(change.kind().name().toLowerCase(Locale.ROOT), key,
                    shown.title(), context, movedFrom, rowLang.code(), newSide, oldSide), null);
        }

        /** An absent side needs nothing; a present one needs a current English text. */
        private static boolean current(Head ja, Head en) {
            return ja == null || en != null && en.translation() == Translation.CURRENT;
        }

        private String key(String id) {
            int n = keys.merge(id, 1, Integer::sum);
            return "change-" + id + (n == 1 ? "" : "-" + n);
        }

        private static ChangesView.Side plainSide(Head h, EditionTexts texts) {
            List<ChangesView.Extra> extras = new ArrayList<>();
            h.extras().forEach((key, lines) -> extras.add(new ChangesView.Extra(key,
                    PhraseDiff.plain(String.join("\n", lines)))));
            return new ChangesView.Side(h.id(), first(PhraseDiff.plain(h.title())),
                    first(PhraseDiff.plain(h.program())), PhraseDiff.plain(texts.body(h)), extras);
        }

        /** The lists either version of an item has, the newer one's order first. */
        private static Set<String> extraKeys(Head older, Head newer) {
            Set<String> keys = new LinkedHashSet<>(newer.extras().keySet());
            keys.addAll(older.extras().keySet());
            return keys;
        }

        /** Adds a side's version of a list, when that version has one. */
        private static void addExtra(List<ChangesView.Extra> extras, String key, List<String> lines,
                                     List<List<PhraseDiff.Segment>> marked) {
            if (!lines.isEmpty()) {
                extras.add(new ChangesView.Extra(key, marked));
            }
        }

        private static List<PhraseDiff.Segment> first(List<List<PhraseDiff.Segment>> paragraphs) {
            return paragraphs.isEmpty() ? List.of() : paragraphs.get(0);
        }
    }
}
