package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hoshin.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A glossary term the English leaves out is reported at the line of the English paragraph that should have it, so
 * the translator goes straight to it; a term missing from the title is reported at the file.
 */
class GlossaryWarningsTest {

    private static final String INITIATIVE = "wards/izumi/2022/%s/pillars/01/01.md";

    @TempDir
    Path temp;

    @Test
    void aTermMissingFromTheSecondParagraphIsReportedAtItsLine() throws IOException {
        Path content = Fixture.contentWithWards(temp.resolve("content"), "izumi");
        replaceBody(content.resolve(INITIATIVE.formatted("ja")), "地域の皆様と取り組みます。\n\n泉区の魅力を発信します。\n");
        Path english = content.resolve(INITIATIVE.formatted("en"));
        replaceBody(english, "We will work with local residents.\n\nWe will share what makes the ward\nattractive.\n");
        int line = Files.readAllLines(english).indexOf("We will share what makes the ward") + 1;

        ContentFixture.Result result = ContentFixture.run(temp, "check", "--content", content.toString());

        List<String> warnings = result.err().lines().filter(l -> l.contains("'Izumi Ward'")).toList();
        assertEquals(1, warnings.size(), result.err());
        assertTrue(warnings.get(0).startsWith("content/" + INITIATIVE.formatted("en") + ":" + line + ":"),
                warnings.get(0));
    }

    /** Keeps the file's front matter and replaces what follows it. */
    private static void replaceBody(Path file, String body) throws IOException {
        String text = Files.readString(file);
        int end = text.indexOf("\n---\n", 4) + 5;
        Files.writeString(file, text.substring(0, end) + "\n" + body);
    }
}
