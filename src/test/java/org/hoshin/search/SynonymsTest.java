package org.hoshin.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hoshin.content.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editors' synonym file: the real one reads, a malformed line is reported at its place with how to fix it. */
class SynonymsTest {

    @TempDir
    Path temp;

    @Test
    void theRealFileGivesGroupsOfAtLeastTwoLowerCasePhrases() throws Exception {
        List<List<String>> groups = Synonyms.load(org.hoshin.testing.Fixture.CONTENT, Path.of("content", Synonyms.FILE));
        assertTrue(groups.stream().anyMatch(g -> g.contains("seniors") && g.contains("older people")), groups.toString());
        assertTrue(groups.stream().allMatch(g -> g.size() >= 2));
    }

    @Test
    void aLineWithOnePhraseIsReportedAtItsLine() throws Exception {
        Path file = temp.resolve(Synonyms.FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# comment\nkids, children\nparks\n");
        ContentException e = assertThrows(ContentException.class,
                () -> Synonyms.load(temp, Path.of("content", Synonyms.FILE)));
        assertEquals("content/search/synonyms-en.txt:3:1: a synonym group needs at least two phrases "
                + "(write the words that mean the same on one line, separated by commas: kids, children)",
                e.errors().get(0).format());
        Files.writeString(file, "kids, , children\n");
        assertEquals(6, assertThrows(ContentException.class,
                () -> Synonyms.load(temp, Path.of("x.txt"))).errors().get(0).location().column());
        assertEquals(List.of(), Synonyms.load(temp.resolve("none"), Path.of("x")));
    }
}
