package org.hoshin.content.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hoshin.content.PolicyItem;

/**
 * Pairs the items of two editions: first by id (ids are kept stable across years), then, for items whose id
 * changed, by how alike they are ({@link #likeness}). An id shared by two items that are not alike at all does not
 * pair them: content imported before ids followed their items numbered them by position ({@code p4-1} was the
 * fourth pillar's first initiative, whatever it was), and pairing those would show two unrelated initiatives as one
 * "changed" item. The result follows the newer edition's order, with each removed item placed where it stood among
 * the older items, as a comparison table reads.
 */
final class ItemMatcher {

    /**
     * The least {@link Similarity#dice} of title (and program) for two items with different ids to count as the same
     * item. Measured on the real content of the five wards, two different items of one list (the pillars, one
     * pillar's initiatives, the management items, the columns) score at most 0.46 (防犯対策推進事業 and
     * 交通安全対策推進事業), bar one pair of management items on the same theme at 0.62; a title reworded by half,
     * 泉区の魅力づくりと発信 → 泉区の魅力発信, scores 0.63, and 0.81 with its program kept. Only items left over after
     * matching by id are compared, so a wrong call shows one changed item instead of a removed and an added one.
     */
    static final double THRESHOLD = 0.5;

    /**
     * The least {@link Similarity#dice} of everything a reader sees of two items (title, program, text) for them to
     * count as the same item when their titles differ. Measured on the real content of the five wards, two
     * different items of one edition share at most 0.34 of their bigrams (the particles and words of the ward's
     * own vocabulary), so half is well clear of chance; an item edited sentence by sentence keeps far more.
     */
    static final double CONTENT_THRESHOLD = 0.5;

    private ItemMatcher() {
    }

    /** Every item of both lists, once, as added, removed, changed or unchanged. */
    static <T extends PolicyItem> List<ItemChange<T>> match(List<T> older, List<T> newer) {
        return match(older, newer, Comparand::of);
    }

    /** As {@link #match(List, List)}, for anything {@code parts} tells the comparable parts of. */
    static <T> List<ItemChange<T>> match(List<T> older, List<T> newer, Function<T, Comparand> parts) {
        List<Measured> olds = older.stream().map(parts).map(Measured::new).toList();
        List<Measured> news = newer.stream().map(parts).map(Measured::new).toList();
        Map<Integer, Integer> oldOfNew = new HashMap<>();
        Map<Integer, Integer> newOfOld = new HashMap<>();
        for (int n = 0; n < news.size(); n++) {
            for (int o = 0; o < olds.size(); o++) {
                if (!newOfOld.containsKey(o) && olds.get(o).parts.id().equals(news.get(n).parts.id())
                        && olds.get(o).alike(news.get(n))) {
                    pair(o, n, oldOfNew, newOfOld);
                    break;
                }
            }
        }
        for (Candidate c : candidates(olds, news, oldOfNew, newOfOld)) {
            if (!newOfOld.containsKey(c.older()) && !oldOfNew.containsKey(c.newer())) {
                pair(c.older(), c.newer(), oldOfNew, newOfOld);
            }
        }
        List<ItemChange<T>> changes = new ArrayList<>();
        int nextOld = 0;
        for (int n = 0; n < news.size(); n++) {
            Integer o = oldOfNew.get(n);
            if (o == null) {
                changes.add(ItemChange.added(newer.get(n)));
                continue;
            }
            for (; nextOld < o; nextOld++) {
                if (!newOfOld.containsKey(nextOld)) {
                    changes.add(ItemChange.removed(older.get(nextOld)));
                }
            }
            nextOld = Math.max(nextOld, o + 1);
            boolean same = olds.get(o).parts.content().equals(news.get(n).parts.content());
            changes.add(new ItemChange<>(same ? ItemChange.Kind.UNCHANGED : ItemChange.Kind.CHANGED,
                    older.get(o), newer.get(n)));
        }
        for (; nextOld < olds.size(); nextOld++) {
            if (!newOfOld.containsKey(nextOld)) {
                changes.add(ItemChange.removed(older.get(nextOld)));
            }
        }
        return changes;
    }

    /** Two items, by their places in their lists, and how alike they are. */
    record Candidate(int older, int newer, double score) {
    }

    /**
     * Pairs two lists by {@link #likeness} alone, most alike first, whatever their ids: for a newly imported
     * edition, whose ids are only positions. Returns the pairs in the newer list's order.
     */
    static List<Candidate> pairByLikeness(List<Comparand> olds, List<Comparand> news) {
        Map<Integer, Integer> oldOfNew = new HashMap<>();
        Map<Integer, Integer> newOfOld = new HashMap<>();
        List<Candidate> pairs = new ArrayList<>();
        for (Candidate c : candidates(olds.stream().map(Measured::new).toList(),
                news.stream().map(Measured::new).toList(), oldOfNew, newOfOld)) {
            if (!newOfOld.containsKey(c.older()) && !oldOfNew.containsKey(c.newer())) {
                pair(c.older(), c.newer(), oldOfNew, newOfOld);
                pairs.add(c);
            }
        }
        pairs.sort(Comparator.comparingInt(Candidate::newer));
        return pairs;
    }

    /** Unpaired items of both years that are similar enough, most similar first (ties in reading order). */
    private static List<Candidate> candidates(List<Measured> olds, List<Measured> news,
                                              Map<Integer, Integer> oldOfNew, Map<Integer, Integer> newOfOld) {
        List<Candidate> candidates = new ArrayList<>();
        for (int n = 0; n < news.size(); n++) {
            for (int o = 0; o < olds.size(); o++) {
                if (oldOfNew.containsKey(n) || newOfOld.containsKey(o)) {
                    continue;
                }
                double score = olds.get(o).likeness(news.get(n));
                if (score > 0) {
                    candidates.add(new Candidate(o, n, score));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::newer).thenComparingInt(Candidate::older));
        return candidates;
    }

    /**
     * How alike two items are, from 0 (not the same item) up to 1: the similarity of their titles (and programs)
     * when it reaches {@link #THRESHOLD}, else that of their whole content when it reaches
     * {@link #CONTENT_THRESHOLD} (a title reworded past recognition over a text kept), else 0. Import pairs a new
     * edition's items with the previous edition's by this same measure, so the ids it gives and this page agree.
     */
    static double likeness(Comparand older, Comparand newer) {
        return new Measured(older).likeness(new Measured(newer));
    }

    /** Whether two items with the same id are recognisably one item (equal labels need no counting). */
    static boolean alike(Comparand older, Comparand newer) {
        return new Measured(older).alike(new Measured(newer));
    }

    /**
     * An item's parts with their bigrams ({@link Similarity#bigrams}), each read on first use and then kept: each
     * item is compared with every unpaired item of the other edition.
     */
    private static final class Measured {
        private final Comparand parts;
        private int[] label;
        private int[] content;

        Measured(Comparand parts) {
            this.parts = parts;
        }

        /** {@link ItemMatcher#likeness} of this older item and {@code newer}. */
        double likeness(Measured newer) {
            double labels = Similarity.dice(label(), newer.label());
            if (labels >= THRESHOLD) {
                return labels;
            }
            double contents = Similarity.dice(content(), newer.content());
            return contents >= CONTENT_THRESHOLD ? contents : 0;
        }

        /** {@link ItemMatcher#alike} of this older item and {@code newer}. */
        boolean alike(Measured newer) {
            return parts.label().equals(newer.parts.label()) || parts.content().equals(newer.parts.content())
                    || likeness(newer) > 0;
        }

        private int[] label() {
            if (label == null) {
                label = Similarity.bigrams(parts.label());
            }
            return label;
        }

        private int[] content() {
            if (content == null) {
                content = Similarity.bigrams(parts.content());
            }
            return content;
        }
    }

    private static void pair(int older, int newer, Map<Integer, Integer> oldOfNew, Map<Integer, Integer> newOfOld) {
        oldOfNew.put(newer, older);
        newOfOld.put(older, newer);
    }
}
