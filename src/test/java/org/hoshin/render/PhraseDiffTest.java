package org.hoshin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hoshin.content.Lang;
import org.junit.jupiter.api.Test;

/** Phrase-level comparison of two texts: segments that rebuild the text, and small marks for small changes. */
class PhraseDiffTest {

    private static List<PhraseDiff.Segment> marked(List<List<PhraseDiff.Segment>> side) {
        return side.stream().flatMap(List::stream).filter(PhraseDiff.Segment::marked).toList();
    }

    private static String text(List<List<PhraseDiff.Segment>> side) {
        return side.stream().map(p -> p.stream().map(PhraseDiff.Segment::text).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void joiningTheSegmentsOfEveryRealJapaneseFileGivesItBack() throws Exception {
        try (Stream<Path> files = Files.walk(org.hoshin.testing.Fixture.CONTENT.resolve("wards"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file);
                List<String> segments = Segmenter.segments(text, file.toString().contains("/en/") ? Lang.EN : Lang.JA);
                assertEquals(text, String.join("", segments), file.toString());
                assertTrue(segments.size() > 1, file.toString());
            }
        }
    }

    /**
     * Two editions of about a megabyte each (paragraphs of ~400 characters, half of them edited at nine places, one
     * added and one deleted): a word diff of the whole took time and memory with the square of the text. Compared paragraph by
     * paragraph, it ends in seconds; the bound here only stops a quadratic diff, it is not a speed measurement.
     */
    @Test
    void twoMegabyteEditionsWithManyEditedParagraphsAreComparedParagraphByParagraph() {
        java.util.Random random = new java.util.Random(21);
        String[] words = {"地域", "防災", "訓練", "を", "実施", "し", "、", "自治会", "と", "連携", "して", "避難所",
            "の", "運営", "支援", "します", "区民", "皆様", "子育て", "見守り", "活動", "推進", "に", "取り組み"};
        List<String> older = new java.util.ArrayList<>();
        List<String> newer = new java.util.ArrayList<>();
        int length = 0;
        for (int p = 0; length < 1_000_000; p++) {
            StringBuilder paragraph = new StringBuilder();
            while (paragraph.length() < 400) {
                paragraph.append(words[random.nextInt(words.length)]);
            }
            String text = paragraph.append("。").toString();
            older.add(text);
            newer.add(p % 4 >= 2 ? edited(text, p) : text);
            length += text.length();
        }
        String added = "新たに地域の皆様と連携して取組を進めます。";
        newer.add(newer.size() / 8 * 4 + 1, added); // between two unedited paragraphs
        newer.remove(0);
        String oldText = String.join("\n", older);
        String newText = String.join("\n", newer);
        PhraseDiff.Sides sides = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> PhraseDiff.diff(oldText, newText, Lang.JA));
        assertEquals(oldText, text(sides.older()));
        assertEquals(newText, text(sides.newer()));
        assertTrue(marked(sides.newer()).contains(new PhraseDiff.Segment(added, true)), "an added paragraph is marked");
        assertTrue(marked(sides.older()).contains(new PhraseDiff.Segment(older.get(0), true)), "a deleted one too");
        List<String> edits = marked(sides.newer()).stream().map(PhraseDiff.Segment::text)
                .filter(t -> !t.equals(added)).toList();
        assertTrue(edits.size() >= 9 * (older.size() / 4 * 2), "marks in every edited paragraph: " + edits.size());
        assertTrue(edits.stream().allMatch(t -> t.length() < 100), "the edited words are marked, not paragraphs");
    }

    /** The paragraph with a word inserted at nine places, every 40 characters. */
    private static String edited(String paragraph, int number) {
        StringBuilder edited = new StringBuilder(paragraph);
        for (int k = 9; k >= 1; k--) {
            edited.insert(40 * k, "改訂第" + number + "の" + k + "版");
        }
        return edited.toString();
    }

    @Test
    void japaneseIsCutIntoWordsKeepingPunctuationAndSpaces() {
        List<String> segments = Segmenter.segments("泉区の 防災訓練を、行います。", Lang.JA);
        assertTrue(segments.contains(" "), segments.toString());
        assertTrue(segments.contains("、"), segments.toString());
        assertTrue(segments.size() >= 8, segments.toString());
    }

    @Test
    void aOneWordChangeMarksThatWordOnBothSidesNotTheSentence() {
        String older = "地域の防災訓練を年1回実施し、自治会町内会と連携して避難所の運営を支援します。";
        String newer = "地域の防災訓練を年2回実施し、自治会町内会と連携して避難所の運営を支援します。";
        PhraseDiff.Sides sides = PhraseDiff.diff(older, newer, Lang.JA);
        assertEquals(List.of(new PhraseDiff.Segment("1", true)), marked(sides.older()));
        assertEquals(List.of(new PhraseDiff.Segment("2", true)), marked(sides.newer()));
        assertEquals(older, text(sides.older()));
        assertEquals(newer, text(sides.newer()));
    }

    @Test
    void anAddedSentenceIsOneMarkOnTheNewSideOnly() {
        String older = "見守り活動を進めます。\n相談窓口を設けます。";
        String newer = "見守り活動を進めます。新たに見守りアプリを導入します。\n相談窓口を設けます。";
        PhraseDiff.Sides sides = PhraseDiff.diff(older, newer, Lang.JA);
        assertEquals(List.of(new PhraseDiff.Segment("新たに見守りアプリを導入します。", true)), marked(sides.newer()));
        assertEquals(List.of(), marked(sides.older()));
        assertEquals(2, sides.newer().size(), "paragraphs are kept");
        assertTrue(sides.changed());
    }

    @Test
    void aRewrittenTextIsMarkedWholeAndAnEditedOneWordByWord() throws Exception {
        List<String> texts = initiativeTexts("ja");
        assertTrue(texts.size() > 20);
        int edited = 0;
        for (int i = 0; i + 1 < texts.size(); i++) {
            String older = texts.get(i);
            String unrelated = texts.get(i + 1);
            assertTrue(PhraseDiff.rewritten(older, unrelated, Lang.JA), older + " / " + unrelated);
            String[] sentences = older.split("(?<=。)");
            if (sentences.length >= 3) {
                sentences[sentences.length / 2] = "新たに地域の皆様と連携して取組を進めます。";
                String newer = String.join("", sentences);
                assertFalse(PhraseDiff.rewritten(older, newer, Lang.JA), newer);
                PhraseDiff.Sides sides = PhraseDiff.diff(older, newer, Lang.JA);
                assertTrue(marked(sides.newer()).stream().mapToInt(s -> s.text().length()).sum() < newer.length() / 2);
                edited++;
            }
        }
        assertTrue(edited > 10);
        PhraseDiff.Sides whole = PhraseDiff.diff(texts.get(0), texts.get(1), Lang.JA);
        assertTrue(whole.older().stream().flatMap(List::stream).allMatch(PhraseDiff.Segment::marked));
        assertTrue(whole.newer().stream().flatMap(List::stream).allMatch(PhraseDiff.Segment::marked));
    }

    @Test
    void aRewrittenEnglishTextIsMarkedWholeAndAnEditedOneWordByWord() throws Exception {
        List<String> texts = initiativeTexts("en");
        assertTrue(texts.size() > 20);
        for (int i = 0; i + 1 < texts.size(); i++) {
            assertTrue(PhraseDiff.rewritten(texts.get(i), texts.get(i + 1), Lang.EN), texts.get(i));
            String[] sentences = texts.get(i).split("(?<=\\. )");
            if (sentences.length >= 3) {
                sentences[sentences.length / 2] = "The ward will also work with local groups on this. ";
                assertFalse(PhraseDiff.rewritten(texts.get(i), String.join("", sentences), Lang.EN), texts.get(i));
            }
        }
    }

    /** The body of every initiative file of the real content in {@code lang}, in path order. */
    private static List<String> initiativeTexts(String lang) throws java.io.IOException {
        List<String> texts = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(org.hoshin.testing.Fixture.CONTENT.resolve("wards"))) {
            for (var file : files.filter(f -> f.toString().matches(".*/" + lang + "/pillars/\\d+/\\d+\\.md"))
                    .sorted().toList()) {
                texts.add(java.nio.file.Files.readString(file).split("---", 3)[2].strip());
            }
        }
        return texts;
    }

    @Test
    void englishIsComparedWordByWord() {
        PhraseDiff.Sides sides = PhraseDiff.diff("We will hold drills once a year.", "We will hold drills twice a year.",
                Lang.EN);
        assertEquals(List.of(new PhraseDiff.Segment("once", true)), marked(sides.older()));
        assertEquals(List.of(new PhraseDiff.Segment("twice", true)), marked(sides.newer()));
        assertFalse(PhraseDiff.diff("Same text.", "Same text.", Lang.EN).changed());
    }
}
