package org.hoshin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Edition;
import org.hoshin.content.Lang;
import org.hoshin.content.Policy;
import org.hoshin.content.SiteContent;
import org.hoshin.content.SourceHash;
import org.hoshin.content.Ward;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How much work a comparison does, on the real content. */
class ChangesViewsTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir
    Path temp;

    private static void replace(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " no longer contains " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void theEnglishPageComparesAChangedBasicGoalInEnglishWhenBothYearsAreCurrent() throws Exception {
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
        Path izumi = content.resolve("wards/izumi");
        Path old = Trees.copy(izumi.resolve("2022"), izumi.resolve("2021"));
        replace(old.resolve("ja/index.md"), "goal: みらいへ進もう！", "goal: みらいへ進もう");
        replace(old.resolve("en/index.md"), "goal: Let's move toward the future!", "goal: Toward the future");
        String hash = SourceHash.of(old.resolve("ja/index.md"));
        String english = Files.readString(old.resolve("en/index.md"));
        Files.writeString(old.resolve("en/index.md"), english.replaceFirst("source-sha256: \\w+",
                "source-sha256: " + hash));
        Ward ward = new ContentLoader(PROJECT).load(content).wards().stream().filter(w -> w.id().equals("izumi"))
                .findFirst().orElseThrow();
        var view = new ChangesViews().view(ward, ward.editions().get(0), ward.latest(), Lang.EN);
        var goal = view.parts().get(0);
        assertEquals("goal", goal.id());
        assertEquals(1, goal.rows().size(), "the goal changed");
        var row = goal.rows().get(0);
        assertEquals("en", row.lang(), "both years' English index.md are current");
        assertEquals("Toward the future Together with our community", row.older().title().stream().map(PhraseDiff.Segment::text)
                .reduce("", String::concat));
    }

    @Test
    void rendersEachItemsMarkdownAtMostOncePerEditionAndLanguage() throws Exception {
        SiteContent content = new ContentLoader(org.hoshin.testing.Fixture.ROOT).load(org.hoshin.testing.Fixture.CONTENT);
        Ward ward = content.wards().stream().filter(w -> w.id().equals("izumi")).findFirst().orElseThrow();
        Edition edition = ward.latest();
        Policy ja = edition.japanese();
        int passages = Stream.of(ja.pillarsIntro(), ja.managementIntro(), ja.notes()).mapToInt(m -> m.isBlank() ? 0 : 1)
                .sum();
        int items = 1 + passages + ja.tables().size() + edition.japanese().management().size()
                + edition.japanese().columns().size()
                + edition.japanese().pillars().stream().mapToInt(p -> 1 + p.initiatives().size()).sum();
        AtomicInteger renders = new AtomicInteger();
        ChangesViews views = new ChangesViews(markdown -> {
            renders.incrementAndGet();
            return BlockText.of(markdown);
        });
        for (String lang : new String[] {"ja", "en"}) {
            renders.set(0);
            var view = views.view(ward, edition, edition, Lang.of(lang));
            assertEquals(items, view.counts().unchanged(), "an edition compared with itself is unchanged");
            // two editions (here the same one twice) in two languages: linear in the items, not quadratic
            assertTrue(renders.get() <= 4 * items, lang + ": " + renders.get() + " renders for " + items + " items");
        }
    }
}
