package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.hoshin.content.ContentError;
import org.hoshin.content.Location;
import org.junit.jupiter.api.Test;

/**
 * Problems printed under GitHub Actions: text from content can neither break out of its annotation nor start a
 * line of its own that the runner would obey as a workflow command. Escapes follow GitHub's documented rules.
 */
class DiagnosticsTest {

    private static final String INJECTION = "bad\n::error file=README.md,line=1::forged\r::add-mask::x";

    @Test
    void aMessageWithLineBreaksStaysInsideItsAnnotationAndItsPlainLine() {
        List<String> lines = printed(true, "error", new ContentError(new Location(Path.of("a.md"), 2, 3), INJECTION, "fix"));
        assertEquals(2, lines.size(), "one plain line and one annotation: " + lines);
        assertEquals("a.md:2:3: bad\\n::error file=README.md,line=1::forged\\r::add-mask::x (fix)", lines.get(0));
        assertEquals("::error file=a.md,line=2,col=3::bad%0A::error file=README.md,line=1::forged%0D::add-mask::x (fix)",
                lines.get(1));
    }

    @Test
    void percentIsEscapedFirstInDataAndColonAndCommaInTheFileProperty() {
        ContentError problem = new ContentError(new Location(Path.of("wards/a:b,c%0A\nd.md"), 1, 0), "100%\r\n", "");
        List<String> lines = printed(true, "error", problem);
        assertEquals("::error file=wards/a%3Ab%2Cc%250A%0Ad.md,line=1::100%25%0D%0A", lines.get(1));
        assertEquals("wards/a:b,c%0A\\nd.md:1: 100%\\r\\n", lines.get(0), "the plain line shows the breaks");
    }

    @Test
    void warningsAreEscapedLikeErrorsAndOtherControlCharactersAreShownNotPrinted() {
        List<String> lines = printed(true, "warning",
                new ContentError(Location.of(Path.of("b.md")), "x\u001b[31m\u2028\n::y", ""));
        assertEquals(List.of("b.md: warning: x\\u001b[31m\\u2028\\n::y", "::warning file=b.md::x\u001b[31m\u2028%0A::y"),
                lines);
    }

    @Test
    void withoutGithubActionsOnlyThePlainLineIsPrinted() {
        List<String> lines = printed(false, "error", new ContentError(Location.of(Path.of("c.md")), INJECTION, ""));
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("c.md: bad\\n::error"), lines.get(0));
    }

    private static List<String> printed(boolean githubActions, String level, ContentError problem) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Diagnostics diagnostics = new Diagnostics(new PrintStream(bytes, true, StandardCharsets.UTF_8), githubActions);
        if (level.equals("warning")) {
            diagnostics.warnings(List.of(problem));
        } else {
            diagnostics.errors(List.of(problem));
        }
        return List.of(bytes.toString(StandardCharsets.UTF_8).split("\r\n|\r|\n"));
    }
}
