package org.hoshin.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The postings and vocabulary of the index merged from its parts, on word numbers ({@link WordUnion}) rather than
 * strings: each term's row of [doc gap, impact, …] with the parts' documents numbered one after the other, each
 * alias's terms, the vocabulary's estimated size and so the shard count; then the files {@code p/N.json} and
 * {@code v/K.json}, the same bytes as merging on strings wrote.
 */
final class IndexMerge {

    private final WordUnion union;
    /** The union's words by number, as of this merge. */
    private final String[] words;
    /** Per word number: its postings count (its document frequency; 0: not a term of these parts). */
    private final int[] df;
    /** Term {@code w}'s row is {@code impacts[start[w]]} to {@code impacts[start[w + 1] - 1]}. */
    private final int[] start;
    private final int[] impacts;
    /** Alias {@code w}'s terms, in the order of their characters: {@code targets[aliasStart[w]]} on, {@code aliasSize[w]} of them. */
    private final int[] aliasStart;
    private final int[] aliasSize;
    private final int[] targets;
    private final int shardCount;
    /** Per word number: the postings file and the position in it where the term's row was written. */
    private final int[] file;
    private final int[] position;

    /** Merges {@code parts}, in document order, numbering their words in {@code union}. */
    IndexMerge(List<IndexPart> parts, WordUnion union) {
        this.union = union;
        int[][] numbers = new int[parts.size()][];
        for (int p = 0; p < parts.size(); p++) {
            numbers[p] = union.numbers(parts.get(p));
        }
        int count = union.size();
        words = union.words();
        df = new int[count];
        aliasSize = new int[count];
        for (int p = 0; p < parts.size(); p++) {
            IndexPart part = parts.get(p);
            for (int t = 0; t < part.terms(); t++) {
                df[numbers[p][t]] += part.row(t).length / (Bm25.FIELDS + 1);
            }
            for (int a = 0; a < part.aliases(); a++) {
                aliasSize[numbers[p][part.terms() + a]] += part.targets(a).length;
            }
        }
        start = new int[count + 1];
        aliasStart = new int[count + 1];
        for (int w = 0; w < count; w++) {
            start[w + 1] = start[w] + 2 * df[w];
            aliasStart[w + 1] = aliasStart[w] + aliasSize[w];
        }
        impacts = impacts(parts, numbers);
        targets = targets(parts, numbers);
        shardCount = Math.max(1, estimatedBytes() / SearchIndexWriter.VOCABULARY_SHARD_BYTES);
        file = new int[count];
        position = new int[count];
    }

    int shardCount() {
        return shardCount;
    }

    /** Each term's row, filled part after part: [doc gap, impact, …], delta-encoded over the whole index. */
    private int[] impacts(List<IndexPart> parts, int[][] numbers) {
        Bm25 bm25 = new Bm25(parts);
        int[] values = new int[start[start.length - 1]];
        int[] filled = Arrays.copyOf(start, start.length - 1);
        int[] previous = new int[df.length];
        int first = 0;
        for (int p = 0; p < parts.size(); p++) {
            IndexPart part = parts.get(p);
            for (int t = 0; t < part.terms(); t++) {
                int w = numbers[p][t];
                int[] row = part.row(t);
                for (int at = 0; at < row.length; at += Bm25.FIELDS + 1) {
                    int doc = first + row[at];
                    values[filled[w]++] = doc - previous[w];
                    values[filled[w]++] = bm25.impact(doc, row, at);
                    previous[w] = doc;
                }
            }
            first += part.size();
        }
        return values;
    }

    /** Each alias's terms from all parts, each once, in the order of their characters ({@link #aliasSize} set so). */
    private int[] targets(List<IndexPart> parts, int[][] numbers) {
        int[] all = new int[aliasStart[aliasStart.length - 1]];
        int[] filled = Arrays.copyOf(aliasStart, aliasStart.length - 1);
        int[] ranks = union.ranks();
        for (int p = 0; p < parts.size(); p++) {
            IndexPart part = parts.get(p);
            for (int a = 0; a < part.aliases(); a++) {
                int w = numbers[p][part.terms() + a];
                for (int target : part.targets(a)) {
                    all[filled[w]++] = ranks[numbers[p][target]];
                }
            }
        }
        int[] order = union.order();
        for (int w = 0; w < aliasSize.length; w++) {
            int from = aliasStart[w];
            int to = from + aliasSize[w];
            if (to - from > 1) {
                Arrays.sort(all, from, to);
            }
            int kept = from;
            for (int i = from; i < to; i++) {
                if (i == from || all[i] != all[i - 1]) {
                    all[kept++] = all[i];
                }
            }
            for (int i = from; i < kept; i++) {
                all[i] = order[all[i]];
            }
            aliasSize[w] = kept - from;
        }
        return all;
    }

    /** The vocabulary's size, about: what decides the shard count. */
    private int estimatedBytes() {
        int bytes = 0;
        for (int w = 0; w < df.length; w++) {
            if (df[w] > 0) {
                bytes += words[w].length() * 3 + 12;
            }
            if (aliasSize[w] > 0) {
                bytes += words[w].length() * 3 + 6 + aliasSize[w] * 24;
            }
        }
        return bytes;
    }

    /** The words that are a term or an alias of these parts, by shard, each shard's in the order of their characters. */
    private int[][] byShard() {
        int[] order = union.order();
        int[] shardOf = union.shards(shardCount);
        int[] sizes = new int[shardCount];
        for (int w : order) {
            if (w < df.length && (df[w] > 0 || aliasSize[w] > 0)) {
                sizes[shardOf[w]]++;
            }
        }
        int[][] shards = new int[shardCount][];
        for (int s = 0; s < shardCount; s++) {
            shards[s] = new int[sizes[s]];
        }
        int[] filled = new int[shardCount];
        for (int w : order) {
            if (w < df.length && (df[w] > 0 || aliasSize[w] > 0)) {
                int s = shardOf[w];
                shards[s][filled[s]++] = w;
            }
        }
        return shards;
    }

    /** Writes {@code p/N.json} and {@code v/K.json} into {@code files}. */
    void write(Map<String, byte[]> files) {
        int[][] shards = byShard();
        writePostings(shards, files);
        writeVocabulary(shards, files);
    }

    /**
     * Packs the rows of consecutive terms (in shard order, then in the order of their characters) into files of about
     * {@link SearchIndexWriter#POSTINGS_FILE_BYTES}, and notes the file and position each went to.
     */
    private void writePostings(int[][] shards, Map<String, byte[]> files) {
        JsonBytes current = null;
        int next = 0;
        int at = 0;
        int size = 0;
        for (int[] inShard : shards) {
            for (int w : inShard) {
                if (df[w] == 0) {
                    continue;
                }
                if (current == null) {
                    current = new JsonBytes(SearchIndexWriter.POSTINGS_FILE_BYTES * 2).raw('[');
                    at = 0;
                    size = 0;
                }
                int mark = current.size();
                current.comma(at).numbers(impacts, start[w], start[w + 1]);
                // the row's size as it was estimated before rows were written as a stream: its text, and one
                int bytes = current.size() - mark - (at == 0 ? 0 : 1) + 1;
                if (at > 0 && size + bytes > SearchIndexWriter.POSTINGS_FILE_BYTES) {
                    files.put("p/" + next++ + ".json", current.truncate(mark).raw(']').bytes());
                    current = new JsonBytes(SearchIndexWriter.POSTINGS_FILE_BYTES * 2).raw('[')
                            .numbers(impacts, start[w], start[w + 1]);
                    at = 0;
                    size = 0;
                }
                file[w] = next;
                position[w] = at++;
                size += bytes;
            }
        }
        if (current != null) {
            files.put("p/" + next + ".json", current.raw(']').bytes());
        }
    }

    /**
     * Each shard maps a word to its entries: [df, file, position] when the word is itself a term, [term, df, file,
     * position] for each term it is a kana reading or an inflected form of; words in the order of their characters.
     */
    private void writeVocabulary(int[][] shards, Map<String, byte[]> files) {
        for (int s = 0; s < shards.length; s++) {
            JsonBytes out = new JsonBytes(SearchIndexWriter.VOCABULARY_SHARD_BYTES * 2).raw('{');
            int[] inShard = shards[s];
            for (int i = 0; i < inShard.length; i++) {
                int w = inShard[i];
                out.comma(i).string(words[w]).raw(':').raw('[');
                int entries = 0;
                if (df[w] > 0) {
                    out.raw('[').number(df[w]).raw(',').number(file[w]).raw(',').number(position[w]).raw(']');
                    entries++;
                }
                for (int t = aliasStart[w]; t < aliasStart[w] + aliasSize[w]; t++) {
                    int term = targets[t];
                    out.comma(entries++).raw('[').string(words[term]).raw(',').number(df[term]).raw(',')
                            .number(file[term]).raw(',').number(position[term]).raw(']');
                }
                out.raw(']');
            }
            files.put("v/" + s + ".json", out.raw('}').bytes());
        }
    }
}
