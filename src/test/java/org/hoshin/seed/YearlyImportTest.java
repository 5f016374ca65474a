package org.hoshin.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Pillar;
import org.hoshin.content.PublishedAnchors;
import org.hoshin.content.Translation;
import org.hoshin.testing.MadeUpWard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spring import of a ward's next edition, on the made-up ward's two years ({@link MadeUpWard}): items keep the
 * ids of the items they continue whatever their new places, new items get ids the ward never used, the summary
 * names the pairings, and last year's English comes along — current where the Japanese is unchanged, out of date
 * where it changed, absent for new items — without ever replacing an editor's English.
 */
class YearlyImportTest {

    @TempDir
    Path temp;
    Path seeds;
    Path content;

    @BeforeEach
    void importAndTranslateTheFirstYear() throws Exception {
        seeds = temp.resolve("seeds");
        content = temp.resolve("content");
        MadeUpWard.seed(seeds, "sakae-2023.txt", MadeUpWard.FIRST);
        new Importer().run(seeds, content, false);
        MadeUpWard.translate(MadeUpWard.edition(content, 2023));
    }

    private ImportReport importNextYear() throws Exception {
        MadeUpWard.seed(seeds, "sakae-2024.txt", MadeUpWard.NEXT);
        return new Importer().run(seeds, content, false);
    }

    @Test
    void reorderedItemsKeepTheIdsOfTheItemsTheyContinue() throws Exception {
        importNextYear();
        Edition first = edition(2023);
        Edition next = edition(2024);
        for (String title : List.of(MadeUpWard.DISASTER, MadeUpWard.PATROL, MadeUpWard.ELDERLY)) {
            assertEquals(initiative(first, title).id(), initiative(next, title).id(), title);
        }
        Pillar pillar1 = next.japanese().pillars().get(0);
        assertEquals(MadeUpWard.PATROL, pillar1.initiatives().get(0).title(), "the new order is the text's");
        assertEquals(initiative(first, MadeUpWard.PATROL).id(), pillar1.initiatives().get(0).id());
        for (int p = 0; p < first.japanese().pillars().size(); p++) {
            assertEquals(first.japanese().pillars().get(p).id(), next.japanese().pillars().get(p).id());
        }
    }

    @Test
    void aNewItemGetsAnIdTheWardNeverUsedEvenAnAlias() throws Exception {
        // p2-3 and p2-7 were published once, by an item since renamed, which keeps them as aliases
        Path item = MadeUpWard.edition(content, 2023).resolve("ja/pillars/02/02.md");
        Files.writeString(item, Files.readString(item).replaceFirst("\ntitle:", "\naliases: [p2-3, p2-7]\ntitle:"));
        Set<String> used = new HashSet<>(PublishedAnchors.anchorsOf(edition(2023).japanese()));
        used.addAll(List.of("p2-3", "p2-7"));
        importNextYear();
        String fresh = initiative(edition(2024), MadeUpWard.NEW_TITLE).id();
        assertFalse(used.contains(fresh), fresh + " was used before: " + used);
        assertTrue(fresh.startsWith("p2-"), "under its pillar: " + fresh);
    }

    @Test
    void theSummaryNamesTheNewItemAndTheOneGone() throws Exception {
        ImportReport report = importNextYear();
        String text = String.join("\n", report.lines());
        String fresh = initiative(edition(2024), MadeUpWard.NEW_TITLE).id();
        assertTrue(text.contains(fresh + " 「" + MadeUpWard.NEW_TITLE + "」"), text);
        assertTrue(text.contains(MadeUpWard.DROPPED_TITLE), text);
        assertFalse(text.lines().anyMatch(l -> l.contains(MadeUpWard.DISASTER)),
                "an item paired under its own title needs no confirming: " + text);
    }

    @Test
    void aRewordedTitleIsPairedAndListedForTheEditorToConfirm() throws Exception {
        String reworded = "地域の防災力向上";
        MadeUpWard.seed(seeds, "sakae-2024.txt", MadeUpWard.NEXT.replace(MadeUpWard.DISASTER + "\n", reworded + "\n"));
        ImportReport report = new Importer().run(seeds, content, false);
        String id = initiative(edition(2023), MadeUpWard.DISASTER).id();
        assertEquals(id, initiative(edition(2024), reworded).id());
        assertTrue(report.lines().stream().anyMatch(l -> l.contains(id) && l.contains(reworded)
                && l.contains(MadeUpWard.DISASTER)), String.join("\n", report.lines()));
    }

    @Test
    void lastYearsEnglishIsCarriedCurrentWhereUnchangedStaleWhereChangedAndNewItemsAreMissing() throws Exception {
        importNextYear();
        Edition next = edition(2024);
        assertEquals(Translation.CURRENT, english(next, MadeUpWard.PATROL).translation());
        assertEquals(MadeUpWard.english(MadeUpWard.PATROL), english(next, MadeUpWard.PATROL).title());
        assertEquals(Translation.CURRENT, english(next, MadeUpWard.ELDERLY).translation());
        assertEquals(Translation.STALE, english(next, MadeUpWard.DISASTER).translation());
        assertEquals(MadeUpWard.english(MadeUpWard.DISASTER), english(next, MadeUpWard.DISASTER).title(),
                "last year's English, shown as out of date");
        assertEquals(Translation.MISSING, english(next, MadeUpWard.NEW_TITLE).translation());
        assertEquals(Translation.CURRENT, next.english().pillars().get(0).translation(), "pillars unchanged");
    }

    @Test
    void anEditorsEnglishIsNeverOverwrittenNorDeletedEvenWithForce() throws Exception {
        importNextYear();
        Path en = MadeUpWard.edition(content, 2024).resolve("en/pillars");
        Path carried = en.resolve("01/02.md");
        assertTrue(Files.readString(carried).contains(MadeUpWard.english(MadeUpWard.DISASTER)));
        Files.writeString(carried, Files.readString(carried).replace("The English", "An editor's English"));
        Path written = Files.writeString(en.resolve("02/02.md"), "---\ntitle: Multicultural desk\n---\n\nMine.\n");
        String carriedText = Files.readString(carried);
        String writtenText = Files.readString(written);

        MadeUpWard.seed(seeds, "sakae-2024.txt", MadeUpWard.NEXT.replace("通訳を配置します", "通訳を二人配置します"));
        new Importer().run(seeds, content, true);
        assertEquals(carriedText, Files.readString(carried));
        assertEquals(writtenText, Files.readString(written));

        MadeUpWard.seed(seeds, "sakae-2024.txt", MadeUpWard.NEXT.replace(MadeUpWard.NEW_TITLE, "").replace(
                "- ・外国人住民のための相談窓口を区役所に開き、通訳を配置します。\n", ""));
        new Importer().run(seeds, content, true);
        assertEquals(writtenText, Files.readString(written), "kept although its item is gone");
    }

    @Test
    void reimportingTheSameEditionKeepsTheIdsItGave() throws Exception {
        importNextYear();
        String fresh = initiative(edition(2024), MadeUpWard.NEW_TITLE).id();
        MadeUpWard.seed(seeds, "sakae-2024.txt", MadeUpWard.NEXT + "\n");
        new Importer().run(seeds, content, false);
        assertEquals(fresh, initiative(edition(2024), MadeUpWard.NEW_TITLE).id());
    }

    @Test
    void twoYearsOfANewWardImportedTogetherArePairedToo() throws Exception {
        Path together = temp.resolve("together");
        content = together.resolve("content");
        MadeUpWard.seed(together.resolve("seeds"), "a.txt", MadeUpWard.NEXT);  // the later year first
        MadeUpWard.seed(together.resolve("seeds"), "b.txt", MadeUpWard.FIRST);
        ImportReport report = new Importer().run(together.resolve("seeds"), content, false);
        Edition first = edition(2023);
        Edition next = edition(2024);
        for (String title : List.of(MadeUpWard.DISASTER, MadeUpWard.PATROL, MadeUpWard.ELDERLY)) {
            assertEquals(initiative(first, title).id(), initiative(next, title).id(), title);
        }
        String fresh = initiative(next, MadeUpWard.NEW_TITLE).id();
        assertFalse(PublishedAnchors.anchorsOf(first.japanese()).contains(fresh), fresh);
        assertTrue(report.lines().stream().anyMatch(l -> l.contains(MadeUpWard.DROPPED_TITLE)),
                String.join("\n", report.lines()));
    }

    private Edition edition(int year) throws Exception {
        return new ContentLoader(temp).load(content).wards().stream().filter(w -> w.id().equals(MadeUpWard.WARD))
                .findFirst().orElseThrow().editions().stream().filter(e -> e.fiscalYear().start() == year)
                .findFirst().orElseThrow();
    }

    private static Initiative initiative(Edition edition, String title) {
        return find(edition.japanese().pillars(), title).orElseThrow(() -> new AssertionError("no " + title));
    }

    /** The English of the initiative whose Japanese title is {@code title}. */
    private static Initiative english(Edition edition, String title) {
        String id = initiative(edition, title).id();
        return edition.english().pillars().stream().flatMap(p -> p.initiatives().stream())
                .filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private static Optional<Initiative> find(List<Pillar> pillars, String title) {
        return pillars.stream().flatMap(p -> p.initiatives().stream()).filter(i -> i.title().equals(title))
                .findFirst();
    }
}
