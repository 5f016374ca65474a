package org.hoshin.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.Section;
import org.hoshin.content.Translation;
import org.hoshin.content.Ward;
import org.hoshin.content.compare.EditionDiff;
import org.hoshin.content.compare.ItemChange;
import org.hoshin.content.compare.PillarChange;

/**
 * Prepares the {@link ChangesView} of an edition compared with the one before it. Items are matched on the
 * Japanese (the source); an English page shows the English of a row only when both years' translations are current,
 * because a stale translation would hide the very change the page is about; otherwise the row shows the Japanese.
 */
public final class ChangesViews {

    /** The parts of an item a comparison shows, whatever kind of item it is. */
    private record Texts(String id, String title, String program, String body, Translation translation) {
    }

    private final BlockText plain;

    public ChangesViews(MarkdownRenderer markdown) {
        this.plain = new BlockText(markdown);
    }

    /** The comparison of {@code newer} with {@code older} (the edition before it) in {@code lang}. */
    public ChangesView view(Ward ward, Edition older, Edition newer, String lang) {
        EditionDiff diff = EditionDiff.of(older, newer);
        Builder b = new Builder(lang, older, newer);
        List<ChangesView.Part> parts = new ArrayList<>();
        parts.add(b.part("goal", "basic_goal", List.of(b.row(diff.goal(), "", this::goal, List::of))));
        List<Entry> pillars = new ArrayList<>();
        for (PillarChange p : diff.pillars()) {
            pillars.add(b.row(p.pillar(), "", this::texts, Policy::pillars));
            String context = b.title(p.pillar(), this::texts, Policy::pillars);
            for (ItemChange<Initiative> i : p.initiatives()) {
                pillars.add(b.row(i, context, this::texts,
                        ChangesViews::initiatives));
            }
        }
        parts.add(b.part("pillars", "pillars", pillars));
        parts.add(b.part("management", "management",
                diff.management().stream().map(s -> b.row(s, "", this::texts, Policy::management)).toList()));
        parts.add(b.part("columns", "columns",
                diff.columns().stream().map(s -> b.row(s, "", this::texts, Policy::columns)).toList()));
        ChangesView.Counts counts = new ChangesView.Counts(count(diff, ItemChange.Kind.ADDED),
                count(diff, ItemChange.Kind.REMOVED), count(diff, ItemChange.Kind.CHANGED),
                count(diff, ItemChange.Kind.UNCHANGED));
        return new ChangesView(ward.id(), ward.name(lang), newer.policy(lang).title(), link(newer, lang),
                link(older, lang), counts, parts.stream().filter(p -> !p.rows().isEmpty() || !p.unchanged().isEmpty())
                .toList());
    }

    private static List<Initiative> initiatives(Policy policy) {
        return policy.pillars().stream().flatMap(p -> p.initiatives().stream()).toList();
    }

    private static long count(EditionDiff diff, ItemChange.Kind kind) {
        return diff.all().filter(c -> c.kind() == kind).count();
    }

    private static WardView.EditionLink link(Edition edition, String lang) {
        return new WardView.EditionLink(edition.fiscalYear().start(), WardViews.yearLabel(edition.fiscalYear(), lang),
                false);
    }

    private Texts goal(Policy p) {
        String body = String.join("\n", p.slogan(), plain.of(p.goalText())).strip();
        return new Texts("goal", p.goal().lines().map(String::strip).reduce("", (a, l) -> a + l), "", body,
                p.translation());
    }

    private Texts texts(Object item) {
        if (item instanceof Pillar p) {
            return new Texts(p.id(), p.title(), "", plain.of(p.summary()), p.translation());
        }
        if (item instanceof Initiative i) {
            return new Texts(i.id(), i.title(), i.program(), plain.of(i.body()), i.translation());
        }
        Section s = (Section) item;
        return new Texts(s.id(), s.title(), "", plain.of(s.body()), s.translation());
    }

    /** A row before it is sorted into the table or the unchanged list. */
    private record Entry(ChangesView.Row row, ChangesView.Unchanged unchanged) {
    }

    /** Turns item changes of one comparison into rows, in the page's language where the translations allow. */
    private static final class Builder {

        private final String lang;
        private final Edition older;
        private final Edition newer;
        private final Map<String, Integer> keys = new HashMap<>();

        Builder(String lang, Edition older, Edition newer) {
            this.lang = lang;
            this.older = older;
            this.newer = newer;
        }

        ChangesView.Part part(String id, String messageKey, List<Entry> entries) {
            return new ChangesView.Part(id, messageKey,
                    entries.stream().map(Entry::row).filter(r -> r != null).toList(),
                    entries.stream().map(Entry::unchanged).filter(u -> u != null).toList());
        }

        /** The item's title in the page's language where translated, for the context of its children. */
        <T> String title(ItemChange<T> change, Function<T, Texts> texts, Function<Policy, List<T>> list) {
            T item = change.newer() != null ? change.newer() : change.older();
            Edition edition = change.newer() != null ? newer : older;
            Texts ja = texts.apply(item);
            Texts en = english(edition, ja.id(), texts, list);
            return lang.equals("en") && en != null && en.translation() != Translation.MISSING ? en.title() : ja.title();
        }

        <T> Entry row(ItemChange<T> change, String context, Function<T, Texts> texts,
                      Function<Policy, List<T>> list) {
            Texts oldJa = change.older() == null ? null : texts.apply(change.older());
            Texts newJa = change.newer() == null ? null : texts.apply(change.newer());
            Texts oldEn = oldJa == null ? null : english(older, oldJa.id(), texts, list);
            Texts newEn = newJa == null ? null : english(newer, newJa.id(), texts, list);
            boolean english = lang.equals("en") && current(oldJa, oldEn) && current(newJa, newEn);
            Texts o = english ? oldEn : oldJa;
            Texts n = english ? newEn : newJa;
            String rowLang = english ? "en" : "ja";
            Texts shown = n != null ? n : o;
            String key = key(shown.id());
            if (change.kind() == ItemChange.Kind.UNCHANGED) {
                return new Entry(null, new ChangesView.Unchanged(shown.id(), shown.title(), rowLang));
            }
            ChangesView.Side newSide;
            ChangesView.Side oldSide;
            if (o == null) {
                newSide = plainSide(n);
                oldSide = null;
            } else if (n == null) {
                newSide = null;
                oldSide = plainSide(o);
            } else {
                PhraseDiff.Sides title = PhraseDiff.diff(o.title(), n.title(), rowLang);
                PhraseDiff.Sides program = PhraseDiff.diff(o.program(), n.program(), rowLang);
                PhraseDiff.Sides body = PhraseDiff.diff(o.body(), n.body(), rowLang);
                newSide = new ChangesView.Side(n.id(), first(title.newer()), first(program.newer()), body.newer());
                oldSide = new ChangesView.Side(o.id(), first(title.older()), first(program.older()), body.older());
            }
            return new Entry(new ChangesView.Row(change.kind().name().toLowerCase(Locale.ROOT), key,
                    shown.title(), context, rowLang, newSide, oldSide), null);
        }

        private static <T> Texts english(Edition edition, String id, Function<? super T, Texts> texts,
                                         Function<Policy, List<T>> list) {
            return list.apply(edition.english()).stream().map(texts).filter(t -> t.id().equals(id)).findFirst()
                    .orElse(null);
        }

        /** An absent side needs nothing; a present one needs a current English text. */
        private static boolean current(Texts ja, Texts en) {
            return ja == null || en != null && en.translation() == Translation.CURRENT;
        }

        private String key(String id) {
            int n = keys.merge(id, 1, Integer::sum);
            return "change-" + id + (n == 1 ? "" : "-" + n);
        }

        private static ChangesView.Side plainSide(Texts t) {
            return new ChangesView.Side(t.id(), first(PhraseDiff.plain(t.title())), first(PhraseDiff.plain(t.program())),
                    PhraseDiff.plain(t.body()));
        }

        private static List<PhraseDiff.Segment> first(List<List<PhraseDiff.Segment>> paragraphs) {
            return paragraphs.isEmpty() ? List.of() : paragraphs.get(0);
        }
    }
}
