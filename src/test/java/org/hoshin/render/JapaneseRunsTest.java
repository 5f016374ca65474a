package org.hoshin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The runs found by table are the runs the regular expression InlineJapanese was defined by finds. */
class JapaneseRunsTest {

    private static final String LETTER = "\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}々〆ヶー";
    private static final String MARK = "\\u2018\\u2019\\u201C\\u201D\\u3000-\\u303F\\uFF01-\\uFF20\\uFF3B-\\uFF40"
            + "\\uFF5B-\\uFF65・";
    private static final String JAPANESE = "[" + LETTER + MARK + "]";
    private static final Pattern RUN = Pattern.compile(JAPANESE + "(?:" + JAPANESE + "++|[0-9 ]++(?=" + JAPANESE
            + "))*+");
    /** Characters on both sides of every boundary of the class, and the digits and spaces runs may hold. */
    private static final String[] PIECES = {"泉", "区", "あ", "ア", "ｱ", "々", "ー", "・", "「", "」", "（", "）",
        "　", "\u2018", "\u201D", "\u2017", "\u2E80", "\u2E7F", "\u303F", "\u3040", "\uFF01", "\uFF20", "\uFF21",
        "\uFF3B", "\uFF40", "\uFF41", "\uFF5B", "\uFF65", "\uFF66", "𠮷", "😀", "\uD842", "a", "Z", "-", "4",
        "0", "9", " ", "  ", "\n", "年度", "2022"};

    private final JapaneseRuns runs = new JapaneseRuns();

    @Test
    void everyCodePointIsJapaneseExactlyWhenTheClassMatchesIt() {
        Pattern one = Pattern.compile(JAPANESE);
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            int codePoint = cp;
            assertEquals(one.matcher(Character.toString(cp)).matches(), JapaneseRuns.isJapanese(cp),
                    () -> "U+" + Integer.toHexString(codePoint));
        }
    }

    @Test
    void findsTheRunsTheRegularExpressionFinds() {
        Random random = new Random(24);
        for (int sample = 0; sample < 20_000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            int start = whole(text, random.nextInt(text.length() + 1));
            int end = whole(text, start + random.nextInt(text.length() - start + 1));
            assertEquals(expected(text, start, end), found(text, start, end), () -> "\"" + text + "\"");
        }
    }

    @Test
    void keepsDigitsAndSpacesBetweenJapaneseInTheRun() {
        String year = "FY (令和4年度 泉区) 2022";
        assertEquals(List.of("令和4年度 泉区"), found(year, 0, year.length()));
        assertEquals(List.of("泉区"), found("泉区 2022", 0, "泉区 2022".length()));
    }

    /** {@code at}, or past the pair it splits: pages' texts end at markup, never inside a character. */
    private static int whole(CharSequence text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
    }

    private static List<String> expected(CharSequence text, int start, int end) {
        List<String> found = new ArrayList<>();
        Matcher run = RUN.matcher(text).region(start, end);
        while (run.find()) {
            found.add(run.group());
        }
        return found;
    }

    private List<String> found(CharSequence text, int start, int end) {
        List<String> found = new ArrayList<>();
        for (int at = runs.next(text, start, end); at >= 0; at = runs.next(text, at, end)) {
            int runEnd = runs.endOf(text, at, end);
            found.add(text.subSequence(at, runEnd).toString());
            at = runEnd;
        }
        return found;
    }
}
