package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hoshin.seed.Importer;
import org.hoshin.testing.Git;
import org.hoshin.testing.MadeUpWard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code translations} and {@code check} through a ward's yearly cycle ({@link MadeUpWard}): what was carried over
 * from last year, what changed in a carried translation's Japanese, the English of sentences translated before,
 * and Japanese files reordered under their English.
 */
class TranslationsCycleTest {

    private static final String ELDERLY_SENTENCE = "民生委員と地域ケアプラザが連携し、一人暮らしの高齢者を訪問します。";
    private static final String ELDERLY_ENGLISH = "Welfare commissioners and community care plazas visit older "
            + "people who live alone.";

    @TempDir
    Path temp;
    Path content;

    @BeforeEach
    void importTranslateAndImportTheNextYear() throws Exception {
        Path seeds = temp.resolve("seeds");
        content = temp.resolve("content");
        MadeUpWard.seed(seeds, "sakae-2023.txt", MadeUpWard.FIRST);
        new Importer().run(seeds, content, false);
        MadeUpWard.translate(MadeUpWard.edition(content, 2023));
        Path elderly = MadeUpWard.edition(content, 2023).resolve("en/pillars/02/01.md");
        Files.writeString(elderly, Files.readString(elderly).replaceFirst("(?s)\n---\n.*", "\n---\n\n- "
                + ELDERLY_ENGLISH + "\n"));
        assertEquals(0, run("--mark-done", elderly.toString()).exitCode());
        MadeUpWard.seed(seeds, "sakae-2024.txt", MadeUpWard.NEXT);
        new Importer().run(seeds, content, false);
    }

    @Test
    void theReportSaysPerEditionHowMuchWasCarriedOverStaleAndNew() throws Exception {
        long carried;
        try (Stream<Path> files = Files.walk(MadeUpWard.edition(content, 2024).resolve("en"))) {
            carried = files.filter(Files::isRegularFile).count();
        }
        String out = run().out();
        // stale: the goal's file (its title names the new year) and the initiative that gained a phrase
        assertTrue(out.contains("sakae/2024: carried over from another year " + carried + " (" + (carried - 2)
                + " current, 2 out of date or to check); 2 stale, 1 missing"), out);
        assertFalse(out.lines().anyMatch(l -> l.startsWith("sakae/2023")), "2023 is translated and current: " + out);
    }

    @Test
    void diffShowsACarriedTranslationsChangeAgainstLastYearsJapanese() throws Exception {
        String out = run("--diff").out();
        List<String> diff = out.lines().filter(l -> l.startsWith("    ")).map(l -> l.substring(4)).toList();
        assertTrue(diff.stream().anyMatch(l -> l.startsWith("--- ") && l.contains("sakae/2023/ja/pillars/01/01.md")),
                out);
        assertTrue(diff.stream().anyMatch(l -> l.startsWith("+") && l.contains(MadeUpWard.ADDED_PHRASE)), out);
        assertTrue(diff.stream().anyMatch(l -> l.startsWith("-") && !l.startsWith("---")
                && !l.contains(MadeUpWard.ADDED_PHRASE) && l.contains("全戸に配布します")), out);
    }

    @Test
    void suggestOffersTheEnglishOfASentenceTranslatedElsewhere() throws Exception {
        Path newItem = MadeUpWard.edition(content, 2024).resolve("ja/pillars/02/02.md");
        Files.writeString(newItem, Files.readString(newItem).stripTrailing() + "\n- " + ELDERLY_SENTENCE + "\n");
        ContentFixture.Result r = run("--suggest", newItem.toString());
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        int ja = lines.indexOf("  ja: " + ELDERLY_SENTENCE);
        assertTrue(ja > 0, r.out());
        assertTrue(lines.get(ja + 1).startsWith("  en: " + ELDERLY_ENGLISH), r.out());
        int title = lines.indexOf("  ja: " + MadeUpWard.NEW_TITLE);
        assertTrue(title > 0 && lines.get(title + 1).contains("no English"), "a new title has none: " + r.out());
    }

    @Test
    void checkNamesTheEnglishFilesToMoveAfterAReorderAndMarkDoneRefusesThem() throws Exception {
        Path ja = MadeUpWard.edition(content, 2023).resolve("ja/pillars/01");
        MadeUpWard.swapFirstTwo(ja);
        ContentFixture.Result check = ContentFixture.run(temp, "check", "--content", content.toString());
        String en = "content/wards/sakae/2023/en/pillars/01/";
        List<String> warnings = check.err().lines().filter(l -> l.startsWith(en)).toList();
        assertEquals(2, warnings.size(), check.err());
        assertTrue(warnings.get(0).startsWith(en + "01.md:1:") && warnings.get(0).contains("move the file to " + en
                + "02.md"), check.err());
        assertTrue(warnings.get(1).startsWith(en + "02.md:1:") && warnings.get(1).contains("move the file to " + en
                + "01.md"), check.err());
        assertFalse(warnings.stream().anyMatch(w -> w.contains("translations --mark-done")), check.err());

        String before = Files.readString(temp.resolve(en + "01.md"));
        ContentFixture.Result marked = run("--mark-done", temp.resolve(en + "01.md").toString());
        assertEquals(1, marked.exitCode());
        assertEquals(before, Files.readString(temp.resolve(en + "01.md")), "nothing recorded");
    }

    @Test
    void anOutOfDateEnglishFollowsItsItemByIdWhenItsHashCannotTell() throws Exception {
        // 2024's carried English records source-id; the Japanese of the changed initiative matches no hash
        Path ja = MadeUpWard.edition(content, 2024).resolve("ja/pillars/01");
        MadeUpWard.swapFirstTwo(ja);
        String out = run().out();
        String en = "content/wards/sakae/2024/en/pillars/01/";
        assertTrue(out.lines().anyMatch(l -> l.contains(en + "02.md:1:") && l.contains("move the file to ")
                && l.endsWith(en + "01.md holds another item's English too, so give one of them a temporary name and "
                + "swap the two files (do not run --mark-done))")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains(en + "01.md:1:") && l.contains("(p1-2,")), out);
        assertFalse(out.lines().anyMatch(l -> l.contains(en) && l.contains("out of date")), out);
    }

    @Test
    void anEditedJapaneseFileMovedAwayFromItsEnglishIsFoundInTheHistory() throws Exception {
        Git.run(temp, "init", "-q");
        Git.run(temp, "add", "content");
        Git.run(temp, "commit", "-q", "-m", "translated");
        Path ja = MadeUpWard.edition(content, 2023).resolve("ja/pillars/01");
        MadeUpWard.swapFirstTwo(ja);
        Path disaster = ja.resolve("02.md");
        Files.writeString(disaster, Files.readString(disaster).replace("全戸に配布します", "全戸に配布し" + MadeUpWard.ADDED_PHRASE));
        String out = run().out();
        String en = "content/wards/sakae/2023/en/pillars/01/";
        // 01.md's English translated a version of ja/01.md that was the disaster initiative, now at 02.md
        assertTrue(out.lines().anyMatch(l -> l.contains(en + "01.md:1:") && l.contains("move the file to ")
                && l.contains(en + "02.md")), out);
        assertTrue(out.lines().anyMatch(l -> l.contains(en + "02.md:1:") && l.contains("move the file to ")), out);
        assertFalse(out.lines().anyMatch(l -> l.contains(en) && l.contains("--mark-done " )
                && !l.contains("do not run --mark-done")), out);
    }

    private ContentFixture.Result run(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "translations";
        all[1] = "--content";
        all[2] = content.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return ContentFixture.run(temp, all);
    }
}
