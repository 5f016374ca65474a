package org.hoshin.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hoshin.content.Caption;
import org.hoshin.content.Initiative;
import org.hoshin.content.Location;
import org.hoshin.content.Markdown;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.Section;
import org.hoshin.content.Table;
import org.hoshin.content.YokohamaWards;
import org.hoshin.testing.SeedSentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser on every seed there is, the five real ones and the test layouts (heading / blank line / text with •
 * bullets, a saved web page with a ward-less title, a later year): no sentence of a seed may be lost.
 */
class SeedLayoutsTest {

    static final Path TEST_SEEDS = Path.of("src/test/resources/seeds");

    static Stream<Path> seeds() throws IOException {
        return Stream.concat(list(org.hoshin.testing.Fixture.SEEDS), list(TEST_SEEDS));
    }

    private static Stream<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    /** Parses a seed as the importer would; a title naming no ward gets Naka, as if given with --ward naka. */
    static ParsedSeed read(Path seed) throws IOException {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        return new SeedParser(Location.of(seed)).read(text, header(text));
    }

    static SeedHeader header(String text) {
        SeedTitle title = new SeedHeaderFinder().findTitle(text).orElseThrow();
        return title.header().orElseGet(() -> title.withWard(YokohamaWards.byId("naka").orElseThrow()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void keepsEverySentenceOfTheSeed(Path seed) throws IOException {
        Policy policy = read(seed).policy();
        String shown = SeedSentences.compact(plainText(policy));
        List<String> lost = SeedSentences.of(withoutMarkers(Files.readString(seed, StandardCharsets.UTF_8))).stream()
                .filter(s -> !SeedSentences.isPrintNavigation(s))
                .filter(s -> !SeedSentences.shownIn(s, shown))
                .map(SeedSentences.Sentence::text).toList();
        assertEquals(List.of(), lost, seed + ": sentences missing from the parsed policy");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void alwaysHasAGoalAndTitlesAndWarnsWithLineNumbersInsideTheSeed(Path seed) throws IOException {
        ParsedSeed parsed = read(seed);
        Policy policy = parsed.policy();
        assertFalse(policy.goal().isBlank(), "goal");
        policy.pillars().forEach(p -> {
            assertFalse(p.title().isBlank(), p.id());
            p.initiatives().forEach(i -> assertFalse(i.title().isBlank(), i.id()));
        });
        long lines = Files.readString(seed).split("\n", -1).length;
        parsed.warnings().forEach(w -> assertTrue(w.line() >= 1 && w.line() <= lines, w.toString()));
    }

    @Test
    void readsHeadingsWithoutNumbersAndBulletsWithLeadingSpaces() throws IOException {
        Policy policy = read(TEST_SEEDS.resolve("headings-bullets-asahi.txt")).policy();
        Policy original = read(org.hoshin.testing.Fixture.SEEDS.resolve("003_66cef17de3c9bd3d.txt")).policy();
        assertEquals(titles(original), titles(policy), "same pillars and initiatives as the real layout");
        assertEquals(3, policy.pillars().size());
        assertEquals(original.goal(), policy.goal());
        assertEquals(original.management().stream().map(Section::title).toList(),
                policy.management().stream().map(Section::title).toList());
        Initiative first = policy.pillars().get(0).initiatives().get(0);
        assertTrue(first.body().source().startsWith("- "), "• bullets become a Markdown list: " + first.body());
    }

    @Test
    void readsASavedWebPageWithoutTagsEntitiesOrScripts() throws IOException {
        Path seed = TEST_SEEDS.resolve("web-page-wardless.txt");
        ParsedSeed parsed = read(seed);
        Policy policy = parsed.policy();
        assertEquals("人と人がつながり、誰もが安心して暮らせるまち", policy.goal());
        assertEquals(List.of("安全・安心なまちづくり", "支え合いのまちづくり"),
                policy.pillars().stream().map(Pillar::title).toList());
        String all = plainText(policy);
        assertFalse(all.matches("(?s).*</?[a-zA-Z].*"), "no tag survives: " + all);
        assertFalse(all.contains("&nbsp;") || all.contains("document.title"), all);
        assertTrue(policy.management().get(0).body().source().contains("&lt; 10分"),
                "a lone < is escaped so Markdown never sees a tag: " + policy.management().get(0).body());
        assertTrue(all.contains("分かりやすくします & オンライン申請"), "entities are decoded");

        assertTrue(policy.managementIntro().source().contains("職員一人ひとりが意識を高め"),
                "the block under 組織運営 before any item is its introduction, not a note: " + policy.notes());
        assertFalse(policy.notes().source().contains("職員一人ひとりが意識を高め"));
    }

    @Test
    void aLaterYearOfTheSamePolicyKeepsItsStructure() throws IOException {
        Policy next = read(TEST_SEEDS.resolve("next-year-asahi.txt")).policy();
        Policy now = read(org.hoshin.testing.Fixture.SEEDS.resolve("003_66cef17de3c9bd3d.txt")).policy();
        assertEquals("令和5年度旭区運営方針", next.title());
        assertEquals(titles(now), titles(next));
    }

    @Test
    void usesTheFirstLineAsGoalWhenNoneIsMarkedAndSaysSo() {
        String seed = "令和2年度運営方針\n\n地域とともに歩む区役所\n\n区民の皆様の声を大切にします。\n";
        ParsedSeed parsed = new SeedParser(Location.of(Path.of("x.txt")))
                .read(seed, new SeedHeaderFinder().findTitle(seed).orElseThrow()
                        .withWard(YokohamaWards.byId("naka").orElseThrow()));
        assertEquals("地域とともに歩む区役所", parsed.policy().goal());
        assertTrue(parsed.warnings().stream().anyMatch(w -> w.line() == 3 && w.message().contains("goal")),
                parsed.warnings().toString());
    }

    /**
     * The seed's text line by line without the markers the page shows as structure instead of characters (Ⅰ before
     * 基本目標, １ before a pillar's title, the number of a numbered item, page numbers), so that what is checked is
     * the text itself; a line holding a heading and its text is read as the parser reads it, in two.
     */
    private static String withoutMarkers(String seed) {
        LineClassifier classifier = new LineClassifier();
        List<String> lines = new ArrayList<>();
        String[] raw = SeedText.clean(seed).split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            for (String piece : HeadingSplitter.bracketedPieces(raw[i])) {
                lines.add(classifier.classify(piece, i + 1).text());
            }
        }
        return String.join("\n", lines);
    }

    private static List<String> titles(Policy policy) {
        List<String> titles = new ArrayList<>();
        for (Pillar p : policy.pillars()) {
            titles.add(p.title());
            p.initiatives().forEach(i -> titles.add("  " + i.title()));
        }
        return titles;
    }

    /** Every piece of text of a policy, Markdown escapes undone, as a reader would see it. */
    static String plainText(Policy p) {
        List<String> parts = new ArrayList<>(List.of(p.title(), p.goal(), p.slogan()));
        List<Markdown> texts = new ArrayList<>(List.of(p.goalText(), p.pillarsIntro(), p.managementIntro(), p.notes()));
        List<Caption> captions = new ArrayList<>(p.captions());
        p.mascots().forEach(m -> parts.add(m.name()));
        for (Pillar pillar : p.pillars()) {
            parts.add(pillar.title());
            texts.add(pillar.summary());
            captions.addAll(pillar.captions());
            for (Initiative i : pillar.initiatives()) {
                parts.addAll(List.of(i.title(), i.program()));
                texts.add(i.body());
                captions.addAll(i.captions());
            }
        }
        for (Section s : Stream.concat(p.management().stream(), p.columns().stream()).toList()) {
            parts.add(s.title());
            texts.add(s.body());
            captions.addAll(s.captions());
        }
        for (Table t : p.tables()) {
            parts.add(t.title());
            parts.addAll(t.header());
            t.rows().forEach(parts::addAll);
        }
        captions.forEach(c -> parts.add(c.text()));
        texts.forEach(m -> parts.add(m.source().replaceAll("\\\\([\\p{Punct}])", "$1")
                .replace("&lt;", "<").replace("**", "")));
        return String.join("\n", parts);
    }
}
