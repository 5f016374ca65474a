package org.hoshin.render;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hoshin.content.Lang;

/**
 * The differences between two versions of a text, phrase by phrase, for a 新旧対照表: the old side shows what was
 * deleted, the new side what was added, each within the paragraphs it belongs to. Texts are cut into segments
 * (Kuromoji words for Japanese, which has no spaces to cut at) and the segment lists are diffed by java-diff-utils,
 * so a one-word change marks that word, not the whole sentence.
 */
public final class PhraseDiff {

    /**
     * A run of text on one side.
     *
     * @param text   the text
     * @param marked true when it was deleted (old side) or added (new side)
     */
    public record Segment(String text, boolean marked) {
    }

    /**
     * Both sides of a comparison, each a list of paragraphs made of segments.
     *
     * @param older the old text's paragraphs, deleted phrases marked
     * @param newer the new text's paragraphs, added phrases marked
     */
    public record Sides(List<List<Segment>> older, List<List<Segment>> newer) {

        /** Whether anything is marked on either side. */
        public boolean changed() {
            return older.stream().flatMap(List::stream).anyMatch(Segment::marked)
                    || newer.stream().flatMap(List::stream).anyMatch(Segment::marked);
        }
    }

    /** Below this share of common character pairs, a new text is a rewrite (see {@link #rewritten}). */
    private static final double REWRITTEN_BELOW = 0.35;
    /** Segments per side a word diff is given at most: its time is at most about the square of this. */
    static final int WORD_DIFF_LIMIT = 3_000;
    /** Paragraphs per side a paragraph diff is given at most. */
    static final int PARAGRAPH_DIFF_LIMIT = 3_000;
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PhraseDiff() {
    }

    /** Compares {@code older} with {@code newer}, both in {@code lang}; a line break separates paragraphs. */
    public static Sides diff(String older, String newer, Lang lang) {
        if (older.equals(newer)) {
            return new Sides(plain(older), plain(newer)); // most items do not change from one year to the next
        }
        if (rewritten(older, newer, lang)) {
            return new Sides(paragraphs(List.of(new Segment(older, true))),
                    paragraphs(List.of(new Segment(newer, true))));
        }
        List<Segment> oldSide = new ArrayList<>();
        List<Segment> newSide = new ArrayList<>();
        List<String> from = Segmenter.segments(older, lang);
        List<String> to = Segmenter.segments(newer, lang);
        if (!byWords(from, to, oldSide, newSide)) {
            byParagraphs(older, newer, lang, oldSide, newSide);
        }
        return new Sides(paragraphs(oldSide), paragraphs(newSide));
    }

    /**
     * Diffs two segment lists word by word into the two sides, unless what differs between them (their common start
     * and end left out) is over {@value #WORD_DIFF_LIMIT} segments on either side: the diff's time grows with the
     * product of its length and of what changed, so a long text is compared {@link #byParagraphs by paragraphs}.
     */
    private static boolean byWords(List<String> from, List<String> to, List<Segment> oldSide, List<Segment> newSide) {
        int head = commonHead(from, to);
        int tail = commonTail(from, to, head);
        if (from.size() - head - tail > WORD_DIFF_LIMIT || to.size() - head - tail > WORD_DIFF_LIMIT) {
            return false;
        }
        int oldAt = copy(from, 0, head, false, oldSide);
        int newAt = copy(to, 0, head, false, newSide);
        List<String> fromMiddle = from.subList(head, from.size() - tail);
        List<String> toMiddle = to.subList(head, to.size() - tail);
        for (AbstractDelta<String> delta : DiffUtils.diff(fromMiddle, toMiddle).getDeltas()) {
            oldAt = copy(from, oldAt, head + delta.getSource().getPosition(), false, oldSide);
            newAt = copy(to, newAt, head + delta.getTarget().getPosition(), false, newSide);
            oldAt = copy(from, oldAt, oldAt + delta.getSource().size(), true, oldSide);
            newAt = copy(to, newAt, newAt + delta.getTarget().size(), true, newSide);
        }
        copy(from, oldAt, from.size(), false, oldSide);
        copy(to, newAt, to.size(), false, newSide);
        return true;
    }

    /**
     * Compares a long text paragraph by paragraph, then word by word within paragraphs that replace one another one
     * for one; a paragraph too long to diff by words, or added or deleted, is marked whole. Paragraphs are diffed
     * only when what differs is at most {@value #PARAGRAPH_DIFF_LIMIT} of them, otherwise all of it is marked: so
     * every diff run here is bounded by a constant, and the whole takes time in proportion to the text.
     */
    private static void byParagraphs(String older, String newer, Lang lang, List<Segment> oldSide,
                                     List<Segment> newSide) {
        List<String> from = List.of(older.split("\n", -1));
        List<String> to = List.of(newer.split("\n", -1));
        int head = commonHead(from, to);
        int tail = commonTail(from, to, head);
        List<String> fromMiddle = from.subList(head, from.size() - tail);
        List<String> toMiddle = to.subList(head, to.size() - tail);
        List<AbstractDelta<String>> deltas = fromMiddle.size() <= PARAGRAPH_DIFF_LIMIT
                && toMiddle.size() <= PARAGRAPH_DIFF_LIMIT ? DiffUtils.diff(fromMiddle, toMiddle).getDeltas()
                : List.of(new ChangeDelta<>(new Chunk<>(0, fromMiddle), new Chunk<>(0, toMiddle)));
        int oldAt = lines(from, 0, head, false, oldSide);
        int newAt = lines(to, 0, head, false, newSide);
        for (AbstractDelta<String> delta : deltas) {
            oldAt = lines(from, oldAt, head + delta.getSource().getPosition(), false, oldSide);
            newAt = lines(to, newAt, head + delta.getTarget().getPosition(), false, newSide);
            int changed = delta.getSource().size();
            if (changed == delta.getTarget().size()) {
                for (int i = 0; i < changed; i++, oldAt++, newAt++) {
                    paired(from.get(oldAt), to.get(newAt), lang, oldSide, newSide);
                }
            } else {
                oldAt = lines(from, oldAt, oldAt + changed, true, oldSide);
                newAt = lines(to, newAt, newAt + delta.getTarget().size(), true, newSide);
            }
        }
        lines(from, oldAt, from.size(), false, oldSide);
        lines(to, newAt, to.size(), false, newSide);
    }

    /** Two paragraphs that replace one another: diffed by words, or both marked whole when that is too long. */
    private static void paired(String older, String newer, Lang lang, List<Segment> oldSide, List<Segment> newSide) {
        if (!byWords(Segmenter.segments(older, lang), Segmenter.segments(newer, lang), oldSide, newSide)) {
            oldSide.add(new Segment(older, true));
            newSide.add(new Segment(newer, true));
        }
        oldSide.add(new Segment("\n", false));
        newSide.add(new Segment("\n", false));
    }

    /** Copies paragraphs {@code from} to {@code to} (exclusive) onto a side, each ended by a line break. */
    private static int lines(List<String> paragraphs, int from, int to, boolean marked, List<Segment> side) {
        for (int i = from; i < to; i++) {
            side.add(new Segment(paragraphs.get(i), marked));
            side.add(new Segment("\n", false));
        }
        return to;
    }

    /**
     * Whether the new text is a rewrite rather than an edit: the two share under {@value #REWRITTEN_BELOW} of their
     * pairs (Dice's coefficient) of neighbouring characters (Japanese) or words (English, whose common letter pairs
     * every text shares). Unrelated paragraphs of the policies share at most 0.28, a paragraph with one sentence
     * replaced at least 0.5. A rewrite is shown whole on both sides: a word-by-word diff of two unrelated texts would
     * only mark every particle they happen to share, and costs the most to compute.
     */
    static boolean rewritten(String older, String newer, Lang lang) {
        Set<String> a = pairs(older, lang);
        Set<String> b = pairs(newer, lang);
        if (a.size() < 8 || b.size() < 8) {
            return false; // too short to judge, and cheap to diff
        }
        int shared = 0;
        for (String pair : a) {
            if (b.contains(pair)) {
                shared++;
            }
        }
        return 2.0 * shared / (a.size() + b.size()) < REWRITTEN_BELOW;
    }

    /** The text's pairs of neighbouring characters (Japanese, white space left out) or lower-case words. */
    private static Set<String> pairs(String text, Lang lang) {
        Set<String> pairs = new HashSet<>();
        if (lang.isJapanese()) {
            String compact = WHITE_SPACE.matcher(text).replaceAll("");
            for (int i = 0; i + 2 <= compact.length(); i++) {
                pairs.add(compact.substring(i, i + 2));
            }
        } else {
            String[] words = NON_WORD.split(text.toLowerCase(java.util.Locale.ROOT));
            for (int i = 0; i + 1 < words.length; i++) {
                pairs.add(words[i] + " " + words[i + 1]);
            }
        }
        return pairs;
    }

    /**
     * How many segments both lists start with; they are left out of the diff, whose time grows with the product of
     * what it is given and what changed (a long text with one changed word is mostly a common start and end).
     */
    private static int commonHead(List<String> a, List<String> b) {
        int n = 0;
        while (n < a.size() && n < b.size() && a.get(n).equals(b.get(n))) {
            n++;
        }
        return n;
    }

    /** How many segments both lists end with, not counting the first {@code head}. */
    private static int commonTail(List<String> a, List<String> b, int head) {
        int n = 0;
        while (n < a.size() - head && n < b.size() - head
                && a.get(a.size() - 1 - n).equals(b.get(b.size() - 1 - n))) {
            n++;
        }
        return n;
    }

    /** One side of a text that exists in one edition only: a single unmarked run per paragraph. */
    public static List<List<Segment>> plain(String text) {
        return paragraphs(List.of(new Segment(text, false)));
    }

    private static int copy(List<String> segments, int from, int to, boolean marked, List<Segment> side) {
        for (int i = from; i < to; i++) {
            side.add(new Segment(segments.get(i), marked));
        }
        return to;
    }

    /**
     * Splits at line breaks and joins neighbouring segments of the same kind, so the page has few tags. Runs are
     * joined in a buffer, in time proportional to the text (joining strings pairwise took the square of a run).
     */
    private static List<List<Segment>> paragraphs(List<Segment> segments) {
        List<List<Segment>> paragraphs = new ArrayList<>();
        Paragraph current = new Paragraph();
        for (Segment segment : segments) {
            String[] pieces = segment.text().split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    paragraphs.add(current.segments());
                    current = new Paragraph();
                }
                current.append(pieces[i], segment.marked());
            }
        }
        paragraphs.add(current.segments());
        return paragraphs.stream().filter(p -> p.stream().anyMatch(s -> !s.text().isBlank())).toList();
    }

    /** A paragraph being joined: its finished runs and the text of the run still growing. */
    private static final class Paragraph {
        private final List<Segment> runs = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private boolean marked;

        void append(String text, boolean textMarked) {
            if (text.isEmpty()) {
                return;
            }
            if (!run.isEmpty() && marked != textMarked) {
                finishRun();
            }
            run.append(text);
            marked = textMarked;
        }

        List<Segment> segments() {
            if (!run.isEmpty()) {
                finishRun();
            }
            return runs;
        }

        private void finishRun() {
            runs.add(new Segment(run.toString(), marked));
            run.setLength(0);
        }
    }
}
