package org.hoshin.content.compare;

import java.util.List;
import java.util.stream.Stream;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.Section;

/**
 * What changed between two editions of one ward's Japanese policy, item by item: the basic goal, the pillars with
 * their initiatives, the management items and the columns. Japanese is compared because it is the source; the
 * English edition mirrors it id for id, so the same pairs serve both languages.
 *
 * @param goal       the basic goal with its slogan and explanation (changed or unchanged)
 * @param pillars    the pillars, in the newer edition's order
 * @param management the organisational-management items
 * @param columns    the columns
 */
public record EditionDiff(ItemChange<Policy> goal, List<PillarChange> pillars,
                          List<ItemChange<Section>> management, List<ItemChange<Section>> columns) {

    public EditionDiff {
        pillars = List.copyOf(pillars);
        management = List.copyOf(management);
        columns = List.copyOf(columns);
    }

    /** Compares {@code newer} with {@code older}, an earlier edition of the same ward. */
    public static EditionDiff of(Edition older, Edition newer) {
        Policy o = older.japanese();
        Policy n = newer.japanese();
        String oldGoal = goalContent(o);
        ItemChange<Policy> goal = new ItemChange<>(oldGoal.equals(goalContent(n)) ? ItemChange.Kind.UNCHANGED
                : ItemChange.Kind.CHANGED, o, n);
        List<PillarChange> pillars = ItemMatcher.match(o.pillars(), n.pillars(), EditionDiff::parts).stream()
                .map(p -> new PillarChange(p, ItemMatcher.match(initiatives(p.older()), initiatives(p.newer()),
                        EditionDiff::parts))).toList();
        return new EditionDiff(goal, pillars, ItemMatcher.match(o.management(), n.management(), EditionDiff::parts),
                ItemMatcher.match(o.columns(), n.columns(), EditionDiff::parts));
    }

    /** Every item change of the comparison, pillars followed by their initiatives, for counting. */
    public Stream<ItemChange<?>> all() {
        return Stream.of(Stream.<ItemChange<?>>of(goal),
                pillars.stream().flatMap(p -> Stream.concat(Stream.of(p.pillar()), p.initiatives().stream())),
                management.stream(), columns.stream()).flatMap(s -> s);
    }

    private static String goalContent(Policy p) {
        return p.goal() + "\n" + p.slogan() + "\n" + p.goalText().source();
    }

    private static List<Initiative> initiatives(Pillar pillar) {
        return pillar == null ? List.of() : pillar.initiatives();
    }

    private static Comparand parts(Pillar p) {
        return new Comparand(p.id(), p.title(), p.title() + "\n" + p.summary().source());
    }

    private static Comparand parts(Initiative i) {
        return new Comparand(i.id(), i.title() + "\n" + i.program(),
                i.title() + "\n" + i.program() + "\n" + i.body().source());
    }

    private static Comparand parts(Section s) {
        return new Comparand(s.id(), s.title(), s.title() + "\n" + s.body().source());
    }
}
