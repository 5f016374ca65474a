package org.hoshin.content.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hoshin.content.Initiative;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.Section;
import org.hoshin.content.Table;

/**
 * Which item of a newly imported edition is which item of an earlier edition of the ward, found by what the items
 * say ({@link ItemMatcher#likeness}, the measure the changes page uses) and never by their places or ids: import
 * numbers items by position, so its ids say nothing yet. Import gives each paired item the earlier item's id, so
 * anchors, translations and the changes page follow the initiative, not its position.
 *
 * <p>Pillars, management items, columns and tables are paired list by list; initiatives first within paired
 * pillars, then the rest across the whole edition (an initiative moved to another pillar keeps its id).
 */
public final class EditionPairing {

    /**
     * The likeness from which a pairing is sure: titles that differ by a word or two. Below it (down to
     * {@link ItemMatcher#THRESHOLD}), an editor should confirm the pairing.
     */
    public static final double SURE = 0.8;

    /** Below {@link ItemMatcher#THRESHOLD} but from this title similarity on, an unpaired item is worth a look. */
    static final double NEAR = 0.3;

    /**
     * One new item paired with an earlier one.
     *
     * @param older      the earlier item's id
     * @param newer      the new item's id as import numbered it
     * @param olderTitle the earlier item's title
     * @param newerTitle the new item's title
     * @param score      how alike they are, from {@link ItemMatcher#THRESHOLD} to 1
     */
    public record Pair(String older, String newer, String olderTitle, String newerTitle, double score) {

        /** Whether the pairing needs no confirmation. */
        public boolean sure() {
            return score >= SURE;
        }
    }

    /**
     * A new item left unpaired although an earlier item's title resembles its own: maybe the same item reworded.
     *
     * @param newer      the new item's id as import numbered it
     * @param newerTitle its title
     * @param older      the resembling earlier item's id
     * @param olderTitle that item's title
     */
    public record Near(String newer, String newerTitle, String older, String olderTitle) {
    }

    private final Map<String, Pair> pairs = new LinkedHashMap<>();
    private final List<Near> near = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();

    private EditionPairing() {
    }

    /** Pairs the items of {@code newer} (as imported) with those of {@code older} (an earlier edition). */
    public static EditionPairing of(Policy older, Policy newer) {
        EditionPairing pairing = new EditionPairing();
        List<ItemMatcher.Candidate> pillars = pairing.pair(older.pillars(), newer.pillars(), EditionDiff::parts,
                Pillar::id, Pillar::title);
        List<Initiative> olderLeft = new ArrayList<>();
        List<Initiative> newerLeft = new ArrayList<>();
        Set<Integer> pairedOlder = new HashSet<>();
        for (ItemMatcher.Candidate p : pillars) {
            pairedOlder.add(p.older());
        }
        for (int n = 0; n < newer.pillars().size(); n++) {
            int index = n;
            Optional<ItemMatcher.Candidate> pillar = pillars.stream().filter(c -> c.newer() == index).findFirst();
            List<Initiative> mine = newer.pillars().get(n).initiatives();
            if (pillar.isEmpty()) {
                newerLeft.addAll(mine);
                continue;
            }
            List<Initiative> theirs = older.pillars().get(pillar.get().older()).initiatives();
            Set<Integer> pairedNew = new HashSet<>();
            Set<Integer> pairedOld = new HashSet<>();
            for (ItemMatcher.Candidate c : pairing.pair(theirs, mine, EditionDiff::parts, Initiative::id,
                    Initiative::title)) {
                pairedNew.add(c.newer());
                pairedOld.add(c.older());
            }
            for (int i = 0; i < mine.size(); i++) {
                if (!pairedNew.contains(i)) {
                    newerLeft.add(mine.get(i));
                }
            }
            for (int i = 0; i < theirs.size(); i++) {
                if (!pairedOld.contains(i)) {
                    olderLeft.add(theirs.get(i));
                }
            }
        }
        for (int o = 0; o < older.pillars().size(); o++) {
            if (!pairedOlder.contains(o)) {
                olderLeft.addAll(older.pillars().get(o).initiatives());
            }
        }
        pairing.pair(olderLeft, newerLeft, EditionDiff::parts, Initiative::id, Initiative::title);
        pairing.noteUnpaired(olderLeft, newerLeft, EditionDiff::parts, Initiative::id, Initiative::title);
        pairing.pairAndNote(older.management(), newer.management(), EditionDiff::parts, Section::id, Section::title);
        pairing.pairAndNote(older.columns(), newer.columns(), EditionDiff::parts, Section::id, Section::title);
        pairing.pairAndNote(older.tables(), newer.tables(), EditionDiff::parts, Table::id, Table::title);
        pairing.noteUnpaired(older.pillars(), newer.pillars(), EditionDiff::parts, Pillar::id, Pillar::title);
        return pairing;
    }

    /** The earlier item a new item (by the id import gave it) was paired with. */
    public Optional<Pair> pairOf(String newerId) {
        return Optional.ofNullable(pairs.get(newerId));
    }

    /** Every pairing, pillars first, in the new edition's order within each list. */
    public List<Pair> pairs() {
        return List.copyOf(pairs.values());
    }

    /** New items left unpaired that resemble an earlier item left unpaired: for the editor to look at. */
    public List<Near> near() {
        return List.copyOf(near);
    }

    /** Titles of the earlier edition's items that nothing new was paired with (ended or rewritten), by id. */
    public List<String> dropped() {
        return List.copyOf(dropped);
    }

    private <T> List<ItemMatcher.Candidate> pair(List<T> older, List<T> newer, Function<T, Comparand> parts,
                                                 Function<T, String> id, Function<T, String> title) {
        List<ItemMatcher.Candidate> found = ItemMatcher.pairByLikeness(older.stream().map(parts).toList(),
                newer.stream().map(parts).toList());
        for (ItemMatcher.Candidate c : found) {
            T o = older.get(c.older());
            T n = newer.get(c.newer());
            pairs.put(id.apply(n), new Pair(id.apply(o), id.apply(n), title.apply(o), title.apply(n), c.score()));
        }
        return found;
    }

    private <T> void pairAndNote(List<T> older, List<T> newer, Function<T, Comparand> parts,
                                 Function<T, String> id, Function<T, String> title) {
        pair(older, newer, parts, id, title);
        noteUnpaired(older, newer, parts, id, title);
    }

    /** Records the items of both lists left unpaired: near misses of new ones, and the earlier ones dropped. */
    private <T> void noteUnpaired(List<T> older, List<T> newer, Function<T, Comparand> parts,
                                  Function<T, String> id, Function<T, String> title) {
        Set<String> pairedOlder = new HashSet<>();
        pairs.values().forEach(p -> pairedOlder.add(p.older()));
        List<T> olderLeft = older.stream().filter(o -> !pairedOlder.contains(id.apply(o))).toList();
        for (T n : newer) {
            if (pairs.containsKey(id.apply(n))) {
                continue;
            }
            T best = null;
            double bestScore = NEAR;
            for (T o : olderLeft) {
                double score = Similarity.dice(parts.apply(o).label(), parts.apply(n).label());
                if (score >= bestScore) {
                    best = o;
                    bestScore = score;
                }
            }
            if (best != null) {
                near.add(new Near(id.apply(n), title.apply(n), id.apply(best), title.apply(best)));
            }
        }
        olderLeft.forEach(o -> dropped.add(id.apply(o) + " " + title.apply(o)));
    }
}
