package org.hoshin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UiMessageTest {

    private static final String COUNT = "{theme}: {n,choice,0#no initiatives|1#1 initiative|1<{n} initiatives} of {ward}";

    @Test
    void aCountTakesTheFormOfItsNumber() {
        assertEquals("Parks: 1 initiative of Test Ward",
                UiMessage.format(COUNT, Map.of("theme", "Parks", "n", 1, "ward", "Test Ward"), Locale.ENGLISH));
        assertEquals("Parks: 2 initiatives of Test Ward",
                UiMessage.format(COUNT, Map.of("theme", "Parks", "n", 2, "ward", "Test Ward"), Locale.ENGLISH));
        assertEquals("Parks: no initiatives of Test Ward",
                UiMessage.format(COUNT, Map.of("theme", "Parks", "n", 0, "ward", "Test Ward"), Locale.ENGLISH));
    }

    @Test
    void apostrophesAreTextAndNamesMayRepeat() {
        assertEquals("Yokohama's 3 wards (3)",
                UiMessage.format("Yokohama's {n} wards ({n})", Map.of("n", 3), Locale.ENGLISH));
        assertEquals("テストの取組1,234件", UiMessage.format("{w}の取組{n}件", Map.of("w", "テスト", "n", 1234),
                Locale.JAPANESE));
    }

    @Test
    void aValueTheMessageNamesButTheTemplateDoesNotGiveIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> UiMessage.format("{n} items", Map.of(), Locale.ENGLISH));
    }
}
