package org.hoshin.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Numbers for the words (terms and aliases) of the index's parts, so that {@link IndexMerge} merges on numbers, not
 * strings; and the words' order (that of their characters, {@link String#compareTo}) and shards, computed once per
 * word. A union only grows: a word keeps its number, and the numbers of a part's words are looked up once and kept
 * with the part (for as long as the part is in use), so the preview, which keeps one union between saves, looks up
 * only the words of the parts a save made. Words no part has any more are simply not written. One merge at a time.
 */
public final class WordUnion {

    private final Map<String, Integer> numbers = new HashMap<>();
    private String[] words = new String[1024];
    private int size;
    private final Map<IndexPart, int[]> ofParts = new WeakHashMap<>();
    /** Word numbers in the order of the words' characters, and each word's place in it. */
    private int[] order = new int[0];
    private int[] rank = new int[0];
    private int shardCount;
    private int[] shards = new int[0];

    /** How many words have a number (0 to size − 1). */
    synchronized int size() {
        return size;
    }

    /** The words by number (0 to {@link #size()} − 1; the array may be longer). Do not change it. */
    synchronized String[] words() {
        return words;
    }

    /**
     * The numbers of {@code part}'s words: of its terms (term {@code t} at {@code t}), then of its aliases (alias
     * {@code a} at {@code part.terms() + a}). Numbers new words.
     */
    synchronized int[] numbers(IndexPart part) {
        int[] known = ofParts.get(part);
        if (known != null) {
            return known;
        }
        int[] made = new int[part.terms() + part.aliases()];
        for (int t = 0; t < part.terms(); t++) {
            made[t] = number(part.term(t));
        }
        for (int a = 0; a < part.aliases(); a++) {
            made[part.terms() + a] = number(part.alias(a));
        }
        ofParts.put(part, made);
        return made;
    }

    private int number(String word) {
        Integer known = numbers.get(word);
        if (known != null) {
            return known;
        }
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
        }
        numbers.put(word, size);
        words[size] = word;
        return size++;
    }

    /** Every word's number in the order of the words' characters (numbered words only, as of this call). */
    synchronized int[] order() {
        if (order.length < size) {
            placeNewWords();
        }
        return order;
    }

    /** Each word's place in {@link #order()}, by number. Do not change it. */
    synchronized int[] ranks() {
        order();
        return rank;
    }

    /** Each word's shard ({@link ShardKey}) among {@code count} shards, by number. Do not change it. */
    synchronized int[] shards(int count) {
        if (count != shardCount) {
            shardCount = count;
            shards = new int[0];
        }
        if (shards.length < size) {
            int from = shards.length;
            shards = Arrays.copyOf(shards, size);
            for (int w = from; w < size; w++) {
                shards[w] = ShardKey.of(words[w], count);
            }
        }
        return shards;
    }

    /** Puts the words numbered since the last order into it, each where its characters sort it. */
    private void placeNewWords() {
        Integer[] added = new Integer[size - order.length];
        for (int w = 0; w < added.length; w++) {
            added[w] = order.length + w;
        }
        Arrays.sort(added, (x, y) -> words[x].compareTo(words[y]));
        int[] merged = new int[size];
        int i = 0;
        int k = 0;
        for (Integer word : added) { // the words placed before are not compared with each other again
            for (int at = placeOf(words[word]); i < at; ) {
                merged[k++] = order[i++];
            }
            merged[k++] = word;
        }
        while (i < order.length) {
            merged[k++] = order[i++];
        }
        order = merged;
        rank = new int[merged.length];
        for (int r = 0; r < merged.length; r++) {
            rank[merged[r]] = r;
        }
    }

    /** How many words of the current order come before {@code word} (which is not among them). */
    private int placeOf(String word) {
        int low = 0;
        int high = order.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (words[order[middle]].compareTo(word) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
