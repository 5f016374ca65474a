package org.hoshin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The table of Japanese letters answers exactly as the letter class InlineJapanese is defined by. */
class JapaneseLettersTest {

    private static final Pattern LETTER = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}々〆ヶー]");
    private final JapaneseLetters letters = new JapaneseLetters();

    @Test
    void everyCodePointIsALetterExactlyWhenTheScriptClassMatchesIt() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String one = Character.toString(cp);
            assertEquals(LETTER.matcher(one).find(), letters.anyIn(one),
                    () -> "U+" + Integer.toHexString(one.codePointAt(0)));
        }
    }

    @Test
    void findsALetterOnlyInsideTheRangeAsked() {
        String text = "Ward office 𠮷野家 (泉区)";
        assertTrue(letters.anyIn(text));
        assertFalse(letters.anyIn(text, 0, 12));
        assertTrue(letters.anyIn(text, 12, 14), "a letter outside the Basic Multilingual Plane");
        assertFalse(letters.anyIn(text, 12, 13), "half a surrogate pair is no letter");
        assertTrue(letters.anyIn(text, text.length() - 3, text.length()));
        assertFalse(letters.anyIn("（）　「」・"), "punctuation is not a letter");
    }
}
