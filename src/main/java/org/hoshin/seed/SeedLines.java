package org.hoshin.seed;

import java.util.ArrayList;
import java.util.List;

/**
 * Classifies every line of a seed and then, looking at the neighbours, recognises headings that carry no marker:
 * a short line standing alone between blank lines and followed by a bullet or a finished sentence (the layout of
 * web pages and of re-typed policies: heading, blank line, text), a short line heading longer ones in a PDF's
 * text ({@link HeadingSplitter}), and a bracketed line (〈…〉) heading a list rather than captioning a photo.
 * Line-by-line classification cannot see this.
 */
final class SeedLines {

    private static final int MAX_HEADING_LENGTH = 40;
    private static final int PROSE_LENGTH = 20;
    private static final double WHOLE_PARAGRAPH_SHARE = 0.65;

    /** Words that end the name of a policy or plan, never a photo's caption. */
    private static final java.util.regex.Pattern HEADING_WORDS = java.util.regex.Pattern.compile(
            "(方針|目標)$");

    private final LineClassifier classifier = new LineClassifier();

    List<SeedLine> read(String text) {
        String[] raw = text.split("\n", -1);
        List<SeedLine> lines = new ArrayList<>(raw.length);
        for (int i = 0; i < raw.length; i++) {
            for (String piece : HeadingSplitter.bracketedPieces(raw[i])) {
                SeedLine line = classifier.classify(piece, i + 1);
                lines.addAll(line.kind() == SeedLine.Kind.TEXT ? HeadingSplitter.split(line) : List.of(line));
            }
        }
        if (wholeParagraphsPerLine(lines)) {
            for (int i = 0; i < lines.size(); i++) {
                SeedLine line = lines.get(i);
                if (line.kind() == SeedLine.Kind.TEXT && isHeading(lines, i)) {
                    lines.set(i, new SeedLine(SeedLine.Kind.HEADING, line.text(), "", line.number()));
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            SeedLine line = lines.get(i);
            if (line.kind() == SeedLine.Kind.CAPTION && line.extra().isEmpty() && headsWhatFollows(lines, i)) {
                lines.set(i, line.as(SeedLine.Kind.SUBHEADING));
            } else if (line.kind() == SeedLine.Kind.TEXT && HeadingSplitter.isShortHeading(lines, i)) {
                lines.set(i, line.as(SeedLine.Kind.TEXT_HEADING));
            }
        }
        return lines;
    }

    /**
     * True when most long lines end a sentence: the text has one paragraph per line (web page, re-typed text).
     * A PDF extract breaks lines mid-sentence and puts blank lines between them, where a short line between blank
     * lines is just the end of a broken sentence, so unmarked headings are only looked for in the first kind.
     */
    private static boolean wholeParagraphsPerLine(List<SeedLine> lines) {
        long prose = 0;
        long ended = 0;
        for (SeedLine line : lines) {
            if (isProse(line) && line.text().length() > PROSE_LENGTH) {
                prose++;
                ended += JapaneseText.endsSentence(line.text()) ? 1 : 0;
            }
        }
        return prose > 0 && ended >= prose * WHOLE_PARAGRAPH_SHARE;
    }

    private static boolean isHeading(List<SeedLine> lines, int i) {
        String text = lines.get(i).text();
        if (text.length() > MAX_HEADING_LENGTH || JapaneseText.endsSentence(text) || "、，,・：:（(「『".indexOf(
                text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        boolean alone = i == 0 || !isProse(lines.get(i - 1));
        if (!alone || i + 1 >= lines.size() || lines.get(i + 1).kind() != SeedLine.Kind.BLANK) {
            return false;
        }
        for (int j = i + 2; j < lines.size(); j++) {
            SeedLine next = lines.get(j);
            switch (next.kind()) {
                case BLANK, PAGE_NUMBER -> { }
                case BULLET -> { return true; }
                case TEXT -> { return JapaneseText.endsSentence(next.text()); }
                default -> { return false; }
            }
        }
        return false;
    }

    /**
     * True when a closed ＜…＞, 〈…〉 or &lt;…&gt; line heads the text after it rather than captioning a photo: a
     * numbered item or a bullet follows, or it names a policy or an aim (…取組方針, …の目標).
     */
    private static boolean headsWhatFollows(List<SeedLine> lines, int i) {
        if (HEADING_WORDS.matcher(lines.get(i).text()).find()) {
            return true;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            switch (lines.get(j).kind()) {
                case BLANK, PAGE_NUMBER -> { }
                case NUMBERED, BULLET -> { return true; }
                default -> { return false; }
            }
        }
        return false;
    }

    private static boolean isProse(SeedLine line) {
        return line.kind() == SeedLine.Kind.TEXT || line.kind() == SeedLine.Kind.BULLET;
    }
}
