package org.hoshin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which item each English file of an edition translates, so that no item's English is ever shown under another
 * item's anchor. The English mirrors the Japanese file by file, but editors reorder, renumber and move Japanese
 * files (the page follows file names), and the English files stay behind. An English file says what it translates
 * in two ways: {@code source-id:} (the id of its item, written by {@code translations --mark-done} and by import's
 * carried-over translations) and {@code source-sha256:} (the version of the Japanese it translates). A file whose
 * {@code source-id} is another item's, or, without one, whose hash is that of another Japanese file of the edition
 * and not of its own, belongs elsewhere: it is not shown, and the editor is told where to move it.
 *
 * <p>The Japanese files of the edition are indexed only when some English file does not plainly belong where it
 * is, so an edition whose translations are all in place costs one read of each file, as before.
 */
public final class TranslationPlaces {

    /** The key of an English file naming the id of the item it translates. */
    public static final String SOURCE_ID_KEY = "source-id";

    private static final Pattern SOURCE_ID_LINE =
            Pattern.compile("(?m)^source-id:[ \\t]*[\"']?([a-z0-9][a-z0-9-]*)[\"']?[ \\t]*\\r?$");

    /**
     * Where an English file belongs.
     *
     * @param kind     here (its own Japanese file's translation), elsewhere (another file's), or gone (an item no
     *                 longer in the edition)
     * @param id       the id of the item it translates, where known (else empty)
     * @param japanese for {@code ELSEWHERE}, the Japanese file it translates, relative to {@code ja/}
     */
    public record Place(Kind kind, String id, String japanese) {

        public enum Kind { HERE, ELSEWHERE, GONE }

        static final Place HERE = new Place(Kind.HERE, "", "");
    }

    /**
     * What identifies one Japanese file: its {@link SourceHash}, and its item's id and earlier ids (none for a file
     * without an id, such as {@code index.md}). The front matter is parsed only when asked for more than its
     * {@code id:} line says, so checking that a translation is in place costs no YAML parse.
     */
    public static final class Japanese {

        private final Path file;
        private final String text;
        private final String hash;
        private String id;
        private List<String> aliases;

        /** A Japanese file already read: its item's id and aliases and its hash. */
        public Japanese(String id, List<String> aliases, String hash) {
            this((Path) null, (String) null, hash);
            this.id = id;
            this.aliases = List.copyOf(aliases);
        }

        private Japanese(Path file, String text, String hash) {
            this.file = file;
            this.text = text;
            this.hash = hash;
        }

        public String hash() {
            return hash;
        }

        public String id() {
            parse();
            return id;
        }

        public List<String> aliases() {
            parse();
            return aliases;
        }

        boolean is(String itemId) {
            if (itemId.isEmpty()) {
                return false;
            }
            if (id == null && itemId.equals(idLine(text))) {
                return true;
            }
            return itemId.equals(id()) || aliases().contains(itemId);
        }

        private void parse() {
            if (id != null) {
                return;
            }
            id = "";
            aliases = List.of();
            try {
                YamlReader yaml = new YamlReader();
                YamlNode fields = file.toString().endsWith(".yaml") ? yaml.read(file, text, 0)
                        : FrontMatter.parse(file, text, yaml).fields();
                if (fields instanceof YamlNode.MapNode map) {
                    id = map.entries().get("id") instanceof YamlNode.ScalarNode s && s.text() != null
                            ? s.text().strip() : "";
                    List<String> found = new ArrayList<>();
                    if (map.entries().get("aliases") instanceof YamlNode.ListNode list) {
                        list.items().forEach(n -> {
                            if (n instanceof YamlNode.ScalarNode s && s.text() != null) {
                                found.add(s.text().strip());
                            }
                        });
                    }
                    aliases = List.copyOf(found);
                }
            } catch (ContentException e) {
                // a file that cannot be read is reported by the content check, at its line; it has no id here
            }
        }
    }

    private static final Pattern ID_LINE =
            Pattern.compile("(?m)^id:[ \\t]*[\"']?([a-z0-9][a-z0-9-]*)[\"']?[ \\t]*\\r?$");

    /** The id on an {@code id:} line of a text's front matter (or top level, for YAML), or empty. */
    private static String idLine(String text) {
        int end = text.indexOf("\n---", 3);
        Matcher m = ID_LINE.matcher(end < 0 ? text : text.substring(0, end));
        return m.find() ? m.group(1) : "";
    }

    private final Path ja;
    private final Map<String, Japanese> files = new HashMap<>();
    private Map<String, Japanese> index;

    /** @param ja the edition's Japanese folder */
    public TranslationPlaces(Path ja) {
        this.ja = ja;
    }

    /** The id an English text records in {@code source-id:}, or empty. */
    public static String recordedId(String englishText) {
        Matcher m = SOURCE_ID_LINE.matcher(englishText);
        return m.find() ? m.group(1) : "";
    }

    /**
     * Where the English file at {@code relative} (the same path under {@code en/} as its Japanese file's under
     * {@code ja/}) belongs, from the id and hash it records (either may be empty).
     */
    public Place place(String relative, String recordedId, String recordedHash) throws IOException {
        Japanese own = Files.isRegularFile(ja.resolve(relative)) ? japanese(relative) : null;
        return place(relative, own, recordedId, recordedHash);
    }

    /** As {@link #place(String, String, String)}, with the Japanese file at {@code relative} already read. */
    public Place place(String relative, Japanese own, String recordedId, String recordedHash) throws IOException {
        if (!recordedId.isEmpty()) {
            if (own != null && own.is(recordedId)) {
                return Place.HERE;
            }
            Optional<String> home = find(j -> j.is(recordedId));
            return home.map(h -> new Place(Place.Kind.ELSEWHERE, recordedId, h))
                    .orElseGet(() -> new Place(Place.Kind.GONE, recordedId, ""));
        }
        if (recordedHash.isEmpty() || own != null && own.hash().equals(recordedHash)) {
            return Place.HERE;
        }
        Optional<String> home = find(j -> j.hash().equals(recordedHash));
        if (home.isPresent() && !home.get().equals(relative)) {
            return new Place(Place.Kind.ELSEWHERE, index().get(home.get()).id(), home.get());
        }
        String translated = own == null || home.isPresent() ? "" : historicId(relative, recordedHash);
        if (translated.isEmpty() || own.is(translated)) {
            return Place.HERE;  // stale where it is, or a version the history does not have: left in place
        }
        Optional<String> moved = find(j -> j.is(translated));
        return moved.map(h -> new Place(Place.Kind.ELSEWHERE, translated, h))
                .orElseGet(() -> new Place(Place.Kind.GONE, translated, ""));
    }

    /**
     * The item id of the committed version of the Japanese file at {@code relative} that hashes to {@code hash}
     * (the version a translation without {@code source-id} was made from), or empty when the history has none: an
     * English file left behind by a reorder whose Japanese was also edited since. Git is asked only for such
     * files, once each.
     */
    private String historicId(String relative, String hash) {
        try {
            return GitVersions.find(ja.resolve(relative), hash).version().map(v -> idLine(v.text())).orElse("");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The Japanese file at {@code relative} (under {@code ja/}), read once. */
    public Japanese japanese(String relative) throws IOException {
        Japanese known = files.get(relative);
        if (known == null) {
            known = read(relative);
            files.put(relative, known);
        }
        return known;
    }

    /** The one Japanese file matching {@code test}; none when none or several do. */
    private Optional<String> find(Predicate<Japanese> test) throws IOException {
        List<String> found = new ArrayList<>();
        index().forEach((relative, j) -> {
            if (test.test(j)) {
                found.add(relative);
            }
        });
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private Map<String, Japanese> index() throws IOException {
        if (index == null) {
            index = new LinkedHashMap<>();
            if (Files.isDirectory(ja)) {
                List<Path> all;
                try (Stream<Path> walk = Files.walk(ja)) {
                    all = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path file : all) {
                    String relative = ja.relativize(file).toString().replace('\\', '/');
                    index.put(relative, japanese(relative));
                }
            }
        }
        return index;
    }

    private Japanese read(String relative) throws IOException {
        Path file = ja.resolve(relative);
        return of(file, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
    }

    /** What identifies the Japanese {@code text} of {@code file} (a {@code .md} or {@code .yaml} item file). */
    public static Japanese of(Path file, String text) {
        return new Japanese(file, text, SourceHash.ofText(text));
    }
}
