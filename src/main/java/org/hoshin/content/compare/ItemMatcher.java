package org.hoshin.content.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the items of two editions: first by id (ids are kept stable across years), then, for items whose id
 * changed, by the similarity of their title and program. The result follows the newer edition's order, with each
 * removed item placed where it stood among the older items, as a comparison table reads.
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

    private ItemMatcher() {
    }

    /** Every item of both lists, once, as added, removed, changed or unchanged. */
    static <T> List<ItemChange<T>> match(List<T> older, List<T> newer, Function<T, Comparand> parts) {
        List<Comparand> olds = older.stream().map(parts).toList();
        List<Comparand> news = newer.stream().map(parts).toList();
        Map<Integer, Integer> oldOfNew = new HashMap<>();
        Map<Integer, Integer> newOfOld = new HashMap<>();
        for (int n = 0; n < news.size(); n++) {
            for (int o = 0; o < olds.size(); o++) {
                if (!newOfOld.containsKey(o) && olds.get(o).id().equals(news.get(n).id())) {
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
            boolean same = olds.get(o).content().equals(news.get(n).content());
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

    private record Candidate(int older, int newer, double score) {
    }

    /** Unpaired items of both years that are similar enough, most similar first (ties in reading order). */
    private static List<Candidate> candidates(List<Comparand> olds, List<Comparand> news,
                                              Map<Integer, Integer> oldOfNew, Map<Integer, Integer> newOfOld) {
        List<Candidate> candidates = new ArrayList<>();
        for (int n = 0; n < news.size(); n++) {
            for (int o = 0; o < olds.size(); o++) {
                if (oldOfNew.containsKey(n) || newOfOld.containsKey(o)) {
                    continue;
                }
                double score = Similarity.dice(olds.get(o).label(), news.get(n).label());
                if (score >= THRESHOLD) {
                    candidates.add(new Candidate(o, n, score));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::newer).thenComparingInt(Candidate::older));
        return candidates;
    }

    private static void pair(int older, int newer, Map<Integer, Integer> oldOfNew, Map<Integer, Integer> newOfOld) {
        oldOfNew.put(newer, older);
        newOfOld.put(older, newer);
    }
}
