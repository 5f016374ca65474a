package org.hoshin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Translation memory: every Japanese segment already translated somewhere in the content (any ward, any year) with
 * its English, so a translator is offered the English of a sentence that recurs instead of translating it again.
 * No machine translation and no network: only the editors' own current translations are used.
 *
 * <p>Segments are what can be aligned without guessing: an item's title and program with the English file's; and
 * the blocks of its text (paragraphs and list items), block for block, when the Japanese and the English have as
 * many blocks; within such a block, sentence for sentence when both have as many sentences. Only translations
 * recorded as current ({@code source-sha256} of the Japanese as it is) and in their place ({@link TranslationPlaces})
 * are remembered. Japanese is compared after NFKC folding with white space removed.
 */
public final class TranslationMemory {

    private static final Pattern FIELD = Pattern.compile("(?m)^(title|program):[ \\t]*(.*?)[ \\t]*$");
    private static final Pattern JA_SENTENCE = Pattern.compile("[^。！？!?]+[。！？!?]*");
    private static final Pattern EN_SENTENCE = Pattern.compile("\\S.*?(?:[.!?](?=\\s|$)|$)");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+|^#+\\s+");

    /**
     * The English remembered for a Japanese segment.
     *
     * @param japanese the Japanese as written there
     * @param english  its English
     * @param file     the English file it comes from
     */
    public record Match(String japanese, String english, Path file) {
    }

    private final Map<String, Match> segments = new HashMap<>();

    /** The memory of every current translation under {@code content/wards}. */
    public static TranslationMemory of(Path contentDir) throws IOException {
        TranslationMemory memory = new TranslationMemory();
        Path wards = contentDir.resolve(ContentLayout.WARDS);
        if (!Files.isDirectory(wards)) {
            return memory;
        }
        List<Path> editions;
        try (Stream<Path> walk = Files.walk(wards, 2)) {
            editions = walk.filter(p -> wards.relativize(p).getNameCount() == 2 && Files.isDirectory(p.resolve("en"))
                    && Files.isDirectory(p.resolve("ja"))).sorted().toList();
        }
        for (Path edition : editions) {
            memory.remember(edition);
        }
        return memory;
    }

    /**
     * One Japanese segment of a text to translate.
     *
     * @param japanese the segment as written
     * @param match    the English remembered for it, if any
     */
    public record Suggestion(String japanese, Optional<Match> match) {
    }

    /** The Japanese segments of {@code japaneseText} (a content file), each with its remembered English if any. */
    public List<Suggestion> suggest(String japaneseText) {
        return japaneseSegments(SourceHash.normalise(japaneseText)).stream()
                .map(s -> new Suggestion(s, Optional.ofNullable(segments.get(key(s))))).toList();
    }

    private void remember(Path edition) throws IOException {
        Path ja = edition.resolve("ja");
        Path en = edition.resolve("en");
        TranslationPlaces places = new TranslationPlaces(ja);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(en)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path enFile : files) {
            String relative = en.relativize(enFile).toString().replace('\\', '/');
            if (!Files.isRegularFile(ja.resolve(relative))) {
                continue;
            }
            String english = read(enFile);
            TranslationPlaces.Japanese own = places.japanese(relative);
            String recorded = TranslationStatus.recordedHash(enFile).orElse("");
            if (recorded.equals(own.hash()) && places.place(relative, own, TranslationPlaces.recordedId(english),
                    recorded).kind() == TranslationPlaces.Place.Kind.HERE) {
                align(read(ja.resolve(relative)), english, enFile);
            }
        }
    }

    /** Remembers the segments of one Japanese text and its current English that align one for one. */
    private void align(String japanese, String english, Path file) {
        Map<String, String> jaFields = fields(japanese);
        Map<String, String> enFields = fields(english);
        jaFields.forEach((key, value) -> {
            if (enFields.containsKey(key)) {
                put(value, enFields.get(key), file);
            }
        });
        List<String> jaBlocks = blocks(body(japanese));
        List<String> enBlocks = blocks(body(english));
        if (jaBlocks.size() != enBlocks.size()) {
            return;
        }
        for (int b = 0; b < jaBlocks.size(); b++) {
            put(jaBlocks.get(b), enBlocks.get(b), file);
            List<String> jaSentences = sentences(JA_SENTENCE, jaBlocks.get(b));
            List<String> enSentences = sentences(EN_SENTENCE, enBlocks.get(b));
            if (jaSentences.size() > 1 && jaSentences.size() == enSentences.size()) {
                for (int s = 0; s < jaSentences.size(); s++) {
                    put(jaSentences.get(s), enSentences.get(s), file);
                }
            }
        }
    }

    private void put(String japanese, String english, Path file) {
        if (!japanese.isBlank() && !english.isBlank()) {
            segments.putIfAbsent(key(japanese), new Match(japanese.strip(), english.strip(), file));
        }
    }

    /** A Japanese text's segments to translate: its title and program, then its sentences, in reading order. */
    static List<String> japaneseSegments(String text) {
        List<String> out = new ArrayList<>(fields(text).values());
        for (String block : blocks(body(text))) {
            out.addAll(sentences(JA_SENTENCE, block));
        }
        return out;
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        String front = text.startsWith("---") ? text.substring(0, Math.max(0, text.indexOf("\n---", 3))) : "";
        Matcher m = FIELD.matcher(front);
        while (m.find()) {
            String value = m.group(2).replaceAll("^[\"']|[\"']$", "");
            if (!value.isEmpty()) {
                fields.putIfAbsent(m.group(1), value);
            }
        }
        return fields;
    }

    private static String body(String text) {
        if (!text.startsWith("---")) {
            return text;
        }
        int end = text.indexOf("\n---", 3);
        return end < 0 ? "" : text.substring(text.indexOf('\n', end + 1) + 1);
    }

    /** Paragraphs and list items, each as one line of text without its list mark. */
    private static List<String> blocks(String body) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            boolean item = LIST_MARK.matcher(line).find();
            if (line.isBlank() || item) {
                flush(blocks, current);
            }
            if (!line.isBlank()) {
                current.append(current.isEmpty() ? "" : " ").append(LIST_MARK.matcher(line).replaceFirst("").strip());
            }
        }
        flush(blocks, current);
        return blocks;
    }

    private static void flush(List<String> blocks, StringBuilder current) {
        if (!current.isEmpty()) {
            blocks.add(current.toString());
            current.setLength(0);
        }
    }

    private static List<String> sentences(Pattern sentence, String block) {
        List<String> out = new ArrayList<>();
        Matcher m = sentence.matcher(block);
        while (m.find()) {
            if (!m.group().isBlank()) {
                out.add(m.group().strip());
            }
        }
        return out;
    }

    private static String key(String japanese) {
        return Normalizer.normalize(japanese, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private static String read(Path file) throws IOException {
        return SourceHash.normalise(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }
}
