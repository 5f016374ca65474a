package org.hoshin.seed;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds headings the PDF gave no marker, so that they are never glued to the sentence after them: a short heading
 * and its first sentence on one line (「区制50周年　区制50周年を迎える節目に…。」), and a short line standing
 * at the start of a paragraph of much longer lines. A line the layout broke inside a sentence is as long as the
 * lines around it, and the line before it does not end a sentence, so it is never taken for a heading.
 */
final class HeadingSplitter {

    /** A heading before a sentence on the same line: no punctuation in it, and a full-width or a plain space after. */
    private static final Pattern SAME_LINE = Pattern.compile(
            "([^\\s、。，,「」『』（）()【】＜＞<>〈〉]{2,25})[ \\u3000]+(\\S.{14,})");
    /** A 【…】 block title with text after it on the same line. */
    private static final Pattern BOXED_FIRST = Pattern.compile("\\s*(【([^】]+)】)\\s*(\\S.*)");
    /** A 〈…〉, ＜…＞ or &lt;…&gt; heading with text after it on the same line. */
    private static final Pattern ANGLED_FIRST = Pattern.compile("\\s*([〈<＜]([^〈〉<>＜＞]+)[〉>＞])\\s*(\\S.*)");
    private static final Pattern NUMBER_FIRST = Pattern.compile("(?:[（(][0-9０-９]{1,2}[）)]|[①-⑳]|[0-9０-９]{1,2}[.．、\\s\u3000]).*");
    private static final int MAX_HEADING = 30;
    /** A heading is at most this share of the length of the longer line it heads. */
    private static final double SHORTER = 0.6;
    private static final int LONG_LINE = 20;
    private static final String OPEN_ENDS = "、，,・：:（(「『";

    private HeadingSplitter() {
    }

    /**
     * A raw line as the pieces to classify: a block title 【協働を進めるための取組】 or a heading 〈…取組方針〉 that the
     * PDF put on one line with the text after it (a numbered item, for 〈…〉) is a line of its own.
     */
    static List<String> bracketedPieces(String raw) {
        Matcher m = BOXED_FIRST.matcher(raw);
        if (m.matches() && LineClassifier.isCrossCutting(m.group(2).strip())) {
            return List.of(m.group(1), m.group(3));
        }
        m = ANGLED_FIRST.matcher(raw);
        if (m.matches() && !m.group(2).contains("コラム") && (NUMBER_FIRST.matcher(m.group(3)).matches()
                || m.group(2).strip().endsWith("方針") || m.group(2).strip().endsWith("目標"))) {
            return List.of(m.group(1), m.group(3));
        }
        return List.of(raw);
    }

    /** The line as a heading and the sentence after it when it is one of each; else the line itself. */
    static List<SeedLine> split(SeedLine line) {
        Matcher m = SAME_LINE.matcher(line.text());
        if (!m.matches() || !JapaneseText.endsSentence(m.group(2)) || !m.group(2).contains("、")
                || latin(m.group(1).charAt(m.group(1).length() - 1)) || !startsSentence(m.group(2))) {
            return List.of(line);
        }
        return List.of(new SeedLine(SeedLine.Kind.TEXT_HEADING, m.group(1), "", line.number()),
                new SeedLine(SeedLine.Kind.TEXT, m.group(2), "", line.number()));
    }

    /**
     * True when the text line {@code i} is a heading: short, no sentence or comma of its own, at the start of a paragraph
     * (the line before ends a sentence or is no text) and followed by a much longer line, a bullet or a numbered
     * item.
     */
    static boolean isShortHeading(List<SeedLine> lines, int i) {
        String text = lines.get(i).text();
        if (text.length() < 2 || text.length() > MAX_HEADING || JapaneseText.endsSentence(text) || text.contains("、")
                || OPEN_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0 || latin(text.charAt(text.length() - 1))) {
            return false;
        }
        SeedLine before = neighbour(lines, i, -1);
        if (before != null && isProse(before) && !JapaneseText.endsSentence(before.text())) {
            return false;
        }
        SeedLine after = neighbour(lines, i, 1);
        if (after == null) {
            return false;
        }
        return switch (after.kind()) {
            case BULLET, NUMBERED -> true;
            case TEXT -> after.text().length() >= LONG_LINE && text.length() <= SHORTER * after.text().length();
            default -> false;
        };
    }

    private static SeedLine neighbour(List<SeedLine> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size(); j += step) {
            SeedLine line = lines.get(j);
            if (line.kind() != SeedLine.Kind.BLANK && line.kind() != SeedLine.Kind.PAGE_NUMBER) {
                return line;
            }
        }
        return null;
    }

    private static boolean isProse(SeedLine line) {
        return line.kind() == SeedLine.Kind.TEXT || line.kind() == SeedLine.Kind.BULLET
                || line.kind() == SeedLine.Kind.NUMBERED;
    }

    /** Letters and digits of Latin script, half- or full-width: a word the layout may have broken. */
    private static boolean latin(char c) {
        return (c < 0x3000 || c >= '\uFF10' && c <= '\uFF5A') && Character.isLetterOrDigit(c);
    }

    /** A sentence starts with a word, not with a bracket, a wave dash or a Latin word that went on before it. */
    private static boolean startsSentence(String text) {
        char c = text.charAt(0);
        return !latin(c) && "～〜（(「『【＜<〈・".indexOf(c) < 0;
    }
}
