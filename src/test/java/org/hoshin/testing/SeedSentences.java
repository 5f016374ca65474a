package org.hoshin.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sentences of a seed, for checking that none was lost on the way to the page. A sentence ends at 。！？;
 * white space is removed (PDF line breaks are not content), text is compared NFKC-folded, and so are list and emphasis markers that the page
 * shows as HTML lists and bold text instead of characters (leading ・ - ◆ ■ ● ◇ ★ and {@code **}).
 */
public final class SeedSentences {

    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*[－\\-]?\\s*[0-9０-９]{1,2}\\s*[－\\-]?\\s*");
    private static final Pattern BRACKETS = Pattern.compile("[【】<>()]");
    private static final Pattern PRINT_NAVIGATION = Pattern.compile("※?詳細はP[0-9〜~-]+をご覧ください|次頁");
    private static final Pattern LIST_MARKER = Pattern.compile("^[\\s\\-・■●◇★◆•○◯*]+");

    /**
     * One sentence with the seed lines it was printed on.
     *
     * @param text  the sentence without white space
     * @param lines its pieces as printed, one per seed line, without white space
     */
    public record Sentence(String text, List<String> lines) {
    }

    private SeedSentences() {
    }

    public static List<Sentence> of(String seed) {
        List<Sentence> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> lines = new ArrayList<>();
        for (String rawLine : seed.split("\n")) {
            if (PAGE_NUMBER.matcher(rawLine).matches()) {
                continue;
            }
            String line = compact(LIST_MARKER.matcher(rawLine).replaceFirst("").replace("**", ""));
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                piece.append(c);
                if (c == '。' || c == '！' || c == '？') {
                    text.append(piece);
                    addLine(lines, piece.toString());
                    sentences.add(new Sentence(text.toString(), List.copyOf(lines)));
                    text.setLength(0);
                    lines.clear();
                    piece.setLength(0);
                }
            }
            text.append(piece);
            addLine(lines, piece.toString());
        }
        return sentences;
    }

    /** A printed line in pieces: 【program】, ＜caption＞ and （label） brackets are typography the page shows as structure. */
    private static void addLine(List<String> lines, String piece) {
        for (String part : BRACKETS.split(piece)) {
            if (!part.isEmpty()) {
                lines.add(part);
            }
        }
    }

    /** Sentences that point at pages of the printed booklet (詳細はＰ４をご覧ください); the site links instead. */
    public static boolean isPrintNavigation(Sentence sentence) {
        return PRINT_NAVIGATION.matcher(sentence.text()).find();
    }

    /** White space removed and NFKC-folded, so Ⅱ = II and ４ = 4 compare equal; display text is untouched. */
    public static String compact(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /**
     * True when the page shows the sentence: whole, or (where the PDF put a heading, caption or the other column
     * inside it) every printed piece of it.
     */
    public static boolean shownIn(Sentence sentence, String compactPageText) {
        if (compactPageText.contains(sentence.text())) {
            return true;
        }
        return sentence.lines().stream().allMatch(compactPageText::contains);
    }
}
