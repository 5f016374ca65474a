package org.hoshin.content.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hoshin.content.Initiative;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.PolicyItem;

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
        List<ItemMatcher.Candidate> pillars = pairing.pair(older.pillars(), newer.pillars());
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
            for (ItemMatcher.Candidate c : pairing.pair(theirs, mine)) {
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
        pairing.pairAndNote(olderLeft, newerLeft);
        pairing.pairAndNote(older.management(), newer.management());
        pairing.pairAndNote(older.columns(), newer.columns());
        pairing.pairAndNote(older.tables(), newer.tables());
        pairing.noteUnpaired(older.pillars(), newer.pillars());
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

    private List<ItemMatcher.Candidate> pair(List<? extends PolicyItem> older, List<? extends PolicyItem> newer) {
        List<ItemMatcher.Candidate> found = ItemMatcher.pairByLikeness(older.stream().map(Comparand::of).toList(),
                newer.stream().map(Comparand::of).toList());
        for (ItemMatcher.Candidate c : found) {
            PolicyItem o = older.get(c.older());
            PolicyItem n = newer.get(c.newer());
            pairs.put(n.id(), new Pair(o.id(), n.id(), o.title(), n.title(), c.score()));
        }
        return found;
    }

    private void pairAndNote(List<? extends PolicyItem> older, List<? extends PolicyItem> newer) {
        pair(older, newer);
        noteUnpaired(older, newer);
    }

    /** Records the items of both lists left unpaired: near misses of new ones, and the earlier ones dropped. */
    private void noteUnpaired(List<? extends PolicyItem> older, List<? extends PolicyItem> newer) {
        Set<String> pairedOlder = new HashSet<>();
        pairs.values().forEach(p -> pairedOlder.add(p.older()));
        List<PolicyItem> olderLeft = older.stream().filter(o -> !pairedOlder.contains(o.id()))
                .map(PolicyItem.class::cast).toList();
        for (PolicyItem n : newer) {
            if (pairs.containsKey(n.id())) {
                continue;
            }
            PolicyItem best = null;
            double bestScore = NEAR;
            for (PolicyItem o : olderLeft) {
                double score = Similarity.dice(Comparand.of(o).label(), Comparand.of(n).label());
                if (score >= bestScore) {
                    best = o;
                    bestScore = score;
                }
            }
            if (best != null) {
                near.add(new Near(n.id(), n.title(), best.id(), best.title()));
            }
        }
        olderLeft.forEach(o -> dropped.add(o.id() + " " + o.title()));
    }
}
