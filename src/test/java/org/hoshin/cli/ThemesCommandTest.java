package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hoshin themes} explains each assignment; {@code hoshin check} reports an unknown theme at its line. */
class ThemesCommandTest {

    @Test
    void themesListsEachThemesInitiativesWithTheMatchedWordsAndPoints() {
        ContentFixture.Result result = ContentFixture.run(Path.of(""), "themes", "--theme", "bosai");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("bosai 防災・減災 / Disaster preparedness and mitigation"), result.out());
        assertTrue(result.out().contains("+ izumi/2022#p3-1 地域防災力の向上と防災体制の整備強化"), result.out());
        assertTrue(result.out().contains("防災 in program = 3"), "the words and their points: " + result.out());
        assertFalse(result.out().contains("bohan"), "only the theme asked for");
    }

    @Test
    void themesListsThePillarsWhoseTitlesNameTheTheme() {
        ContentFixture.Result result = ContentFixture.run(Path.of(""), "themes", "--theme", "kosodate");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().lines().anyMatch(l -> l.contains("kanazawa/2022#p3 ") && l.contains("pillar")
                && l.contains("content/wards/kanazawa/2022/ja/pillars/03.md")), result.out());
    }

    @Test
    void checkReportsAnUnknownThemeIdWithFileAndLine(@TempDir Path temp) throws IOException {
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
        Path file = content.resolve("wards/kohoku/2022/ja/pillars/02/04.md");
        Files.writeString(file, Files.readString(file).replaceFirst("^---\n", "---\nthemes: [fukushi, -bosia]\n"));
        ContentFixture.Result result = ContentFixture.run(temp, "check", "--content", content.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("content/wards/kohoku/2022/ja/pillars/02/04.md:2:")
                && result.err().contains("unknown theme '-bosia'"), result.err());
        assertFalse(result.err().contains("Exception"), "no stack trace: " + result.err());
    }
}
