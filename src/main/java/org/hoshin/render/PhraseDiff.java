package org.hoshin.render;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

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

    private PhraseDiff() {
    }

    /** Compares {@code older} with {@code newer}, both in {@code lang}; a line break separates paragraphs. */
    public static Sides diff(String older, String newer, String lang) {
        List<String> from = Segmenter.segments(older, lang);
        List<String> to = Segmenter.segments(newer, lang);
        List<Segment> oldSide = new ArrayList<>();
        List<Segment> newSide = new ArrayList<>();
        int oldAt = 0;
        int newAt = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            oldAt = copy(from, oldAt, delta.getSource().getPosition(), false, oldSide);
            newAt = copy(to, newAt, delta.getTarget().getPosition(), false, newSide);
            oldAt = copy(from, oldAt, oldAt + delta.getSource().size(), true, oldSide);
            newAt = copy(to, newAt, newAt + delta.getTarget().size(), true, newSide);
        }
        copy(from, oldAt, from.size(), false, oldSide);
        copy(to, newAt, to.size(), false, newSide);
        return new Sides(paragraphs(oldSide), paragraphs(newSide));
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

    /** Splits at line breaks and joins neighbouring segments of the same kind, so the page has few tags. */
    private static List<List<Segment>> paragraphs(List<Segment> segments) {
        List<List<Segment>> paragraphs = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        for (Segment segment : segments) {
            String[] pieces = segment.text().split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
                append(current, new Segment(pieces[i], segment.marked()));
            }
        }
        paragraphs.add(current);
        return paragraphs.stream().filter(p -> p.stream().anyMatch(s -> !s.text().isBlank())).toList();
    }

    private static void append(List<Segment> paragraph, Segment segment) {
        if (segment.text().isEmpty()) {
            return;
        }
        int last = paragraph.size() - 1;
        if (last >= 0 && paragraph.get(last).marked() == segment.marked()) {
            paragraph.set(last, new Segment(paragraph.get(last).text() + segment.text(), segment.marked()));
        } else {
            paragraph.add(segment);
        }
    }
}
