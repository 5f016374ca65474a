package org.hoshin.content.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hoshin.content.Edition;
import org.hoshin.content.Goal;
import org.hoshin.content.Initiative;
import org.hoshin.content.Lang;
import org.hoshin.content.Passage;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.PolicyItem;
import org.hoshin.content.Section;
import org.hoshin.content.Table;

/**
 * What changed between two editions of one ward's Japanese policy, item by item: every part an editor can change —
 * the basic goal (with its slogan, mascots and photos), the introductions (with the document's own heading and label
 * for the pillars), the pillars with their initiatives, the management items, the columns, the tables and the closing
 * notes, each item with its photo captions. Japanese is compared because it is the source; the English edition mirrors it id
 * for id, so the same pairs serve both languages.
 *
 * @param goal            the basic goal with its slogan and explanation (changed or unchanged)
 * @param pillarsIntro    the pillars' introduction, or empty when neither edition has one
 * @param pillars         the pillars, in the newer edition's order
 * @param managementIntro the management items' introduction, or empty when neither edition has one
 * @param management      the organisational-management items
 * @param columns         the columns
 * @param tables          the reference tables
 * @param notes           the closing notes (補足), or empty when neither edition has them
 */
public record EditionDiff(ItemChange<Goal> goal, List<ItemChange<Passage>> pillarsIntro,
                          List<PillarChange> pillars, List<ItemChange<Passage>> managementIntro,
                          List<ItemChange<Section>> management, List<ItemChange<Section>> columns,
                          List<ItemChange<Table>> tables, List<ItemChange<Passage>> notes) {

    public EditionDiff {
        pillarsIntro = List.copyOf(pillarsIntro);
        pillars = List.copyOf(pillars);
        managementIntro = List.copyOf(managementIntro);
        management = List.copyOf(management);
        columns = List.copyOf(columns);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    /** Compares {@code newer} with {@code older}, an earlier edition of the same ward. */
    public static EditionDiff of(Edition older, Edition newer) {
        Policy o = older.japanese();
        Policy n = newer.japanese();
        String oldGoal = goalContent(o.basicGoal());
        ItemChange<Goal> goal = new ItemChange<>(oldGoal.equals(goalContent(n.basicGoal()))
                ? ItemChange.Kind.UNCHANGED : ItemChange.Kind.CHANGED, o.basicGoal(), n.basicGoal());
        Map<String, Pillar> olderPillarOf = pillarOf(o, pillarOf(n), o);
        Map<String, Pillar> newerPillarOf = pillarOf(n, olderPillarOf, o);
        List<PillarChange> pillars = ItemMatcher.match(o.pillars(), n.pillars()).stream()
                .map(p -> initiatives(p, olderPillarOf, newerPillarOf)).toList();
        return new EditionDiff(goal, passage(o.pillarsPassage(), n.pillarsPassage()), pillars,
                passage(new Passage(PolicyItem.Kind.MANAGEMENT_INTRO, o.managementIntro()),
                        new Passage(PolicyItem.Kind.MANAGEMENT_INTRO, n.managementIntro())),
                ItemMatcher.match(o.management(), n.management()),
                ItemMatcher.match(o.columns(), n.columns()),
                ItemMatcher.match(o.tables(), n.tables()),
                passage(new Passage(PolicyItem.Kind.NOTES, o.notes()), new Passage(PolicyItem.Kind.NOTES, n.notes())));
    }

    /** A text part of both editions as a change: none when neither has it, added or removed when one lacks it. */
    private static List<ItemChange<Passage>> passage(Passage older, Passage newer) {
        if (older.isBlank() && newer.isBlank()) {
            return List.of();
        }
        if (older.isBlank()) {
            return List.of(ItemChange.added(newer));
        }
        if (newer.isBlank()) {
            return List.of(ItemChange.removed(older));
        }
        boolean same = older.content().equals(newer.content());
        return List.of(new ItemChange<>(same ? ItemChange.Kind.UNCHANGED : ItemChange.Kind.CHANGED, older, newer));
    }

    /** Every item change of the comparison, pillars followed by their initiatives, for counting. */
    public Stream<ItemChange<?>> all() {
        return Stream.of(Stream.<ItemChange<?>>of(goal), pillarsIntro.stream(),
                pillars.stream().flatMap(p -> Stream.concat(Stream.of(p.pillar()), p.initiatives().stream())),
                managementIntro.stream(), management.stream(), columns.stream(), tables.stream(), notes.stream())
                .flatMap(s -> s);
    }

    /**
     * The initiatives of one pillar across the editions: first paired by id across the whole edition (ids are kept
     * stable, so an initiative moved to another pillar is the same initiative, and a pillar reworded past
     * recognition keeps its initiatives), then the rest matched within the pillar.
     */
    private static PillarChange initiatives(ItemChange<Pillar> pillar, Map<String, Pillar> olderPillarOf,
                                            Map<String, Pillar> newerPillarOf) {
        Pillar op = pillar.older();
        Pillar np = pillar.newer();
        List<Initiative> stayed = initiatives(op).stream()
                .filter(i -> !elsewhere(newerPillarOf.get(i.id()), np)).toList();
        Map<String, Initiative> movedIn = new HashMap<>();
        Map<String, Pillar> movedFrom = new HashMap<>();
        List<Initiative> arrived = new ArrayList<>();
        for (Initiative i : initiatives(np)) {
            Pillar from = olderPillarOf.get(i.id());
            if (elsewhere(from, op)) {
                movedFrom.put(i.id(), from);
                movedIn.put(i.id(), from.initiatives().stream().filter(x -> x.id().equals(i.id())).findFirst()
                        .orElseThrow());
            } else {
                arrived.add(i);
            }
        }
        List<ItemChange<Initiative>> matched = ItemMatcher.match(stayed, arrived);
        List<ItemChange<Initiative>> changes = new ArrayList<>();
        int next = 0;
        for (Initiative i : initiatives(np)) {
            Initiative from = movedIn.get(i.id());
            if (from != null) {
                changes.add(new ItemChange<>(ItemChange.Kind.CHANGED, from, i));
                continue;
            }
            while (matched.get(next).newer() != i) {
                changes.add(matched.get(next++));
            }
            changes.add(matched.get(next++));
        }
        changes.addAll(matched.subList(next, matched.size()));
        return new PillarChange(pillar, changes, movedFrom);
    }

    /** Whether an initiative's pillar in the other edition exists and is not {@code here}. */
    private static boolean elsewhere(Pillar there, Pillar here) {
        return there != null && there != here;
    }

    /** The pillar of each initiative, by the initiative's id. */
    private static Map<String, Pillar> pillarOf(Policy policy) {
        Map<String, Pillar> pillars = new HashMap<>();
        policy.pillars().forEach(p -> p.initiatives().forEach(i -> pillars.put(i.id(), p)));
        return pillars;
    }

    /**
     * The pillar of each initiative of {@code policy} whose id the other edition uses for an initiative alike to it
     * ({@link ItemMatcher#alike}): only those can have moved between pillars. An id two unrelated initiatives share
     * (as position-given ids did) says nothing, and they are matched within their pillars like any other.
     */
    private static Map<String, Pillar> pillarOf(Policy policy, Map<String, Pillar> other, Policy older) {
        Map<String, Pillar> pillars = new HashMap<>();
        for (Pillar p : policy.pillars()) {
            for (Initiative i : p.initiatives()) {
                Pillar there = other.get(i.id());
                Initiative twin = there == null ? null : there.initiatives().stream()
                        .filter(x -> x.id().equals(i.id())).findFirst().orElse(null);
                boolean isOlder = policy == older;
                if (twin != null
                        && ItemMatcher.alike(Comparand.of(isOlder ? i : twin), Comparand.of(isOlder ? twin : i))) {
                    pillars.put(i.id(), p);
                }
            }
        }
        return pillars;
    }

    /** The basic goal as the page shows it: with its slogan, text, the mascots and the photos printed with it. */
    private static String goalContent(Goal g) {
        return g.statement() + "\n" + g.slogan() + "\n" + g.body().source() + "\n"
                + String.join("\n", g.mascots().stream().map(m -> m.label(Lang.JA)).toList())
                + Comparand.captions(g.captions());
    }

    private static List<Initiative> initiatives(Pillar pillar) {
        return pillar == null ? List.of() : pillar.initiatives();
    }
}
