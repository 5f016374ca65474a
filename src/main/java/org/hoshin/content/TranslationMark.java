package org.hoshin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records in an English file that it now translates its Japanese file as it is ({@code hoshin translations
 * --mark-done}). Only the front matter's {@code source-sha256:} line and, for an item, its {@code source-id:} line
 * (the item it translates, see {@link TranslationPlaces}) are written, so the editor's text, comments, byte-order
 * mark and line ends stay exactly as they were; a file without those lines gets them right after its opening
 * {@code ---}. An English file that translates another item (left behind by a reorder) is refused: marking it would
 * make the mismatch permanent. Both files are read, and the English one written, through {@link SafeFiles} inside
 * {@code content/}: never through a link, atomically.
 */
public final class TranslationMark {

    private static final Pattern HASH_LINE = Pattern.compile("(?m)^source-sha256:.*$");
    private static final Pattern ID_LINE = Pattern.compile("(?m)^source-id:.*$");
    private static final Pattern OPENING = Pattern.compile("\\A(\uFEFF?---[ \\t]*)(\\r?\\n)");
    private static final Pattern CLOSING = Pattern.compile("(?m)^---[ \\t]*\\r?$");

    private TranslationMark() {
    }

    /**
     * Writes the current hash of the Japanese file into the English file and returns it.
     *
     * @param contentDir the content folder both files are in
     * @param shown      how to name {@code contentDir} in messages
     * @param japanese   the Japanese file, relative to {@code contentDir}
     * @param english    the English file, relative to {@code contentDir}
     * @throws ContentException when a file is missing, not text, reached through a link, or has no front matter
     */
    public static String markDone(Path contentDir, Path shown, String japanese, String english)
            throws ContentException, IOException {
        Path englishFile = SafeFiles.checkChain(contentDir, english, shown);
        Path shownEnglish = shown.resolve(english);
        if (!SafeFiles.isFile(englishFile, shownEnglish)) {
            throw new ContentException(ContentError.of(Location.of(shownEnglish), "translation.mark.noEnglish"));
        }
        Path japaneseFile = SafeFiles.checkChain(contentDir, japanese, shown);
        if (!SafeFiles.isFile(japaneseFile, shown.resolve(japanese))) {
            throw new ContentException(ContentError.of(Location.of(shownEnglish), "translation.mark.noJapanese"));
        }
        byte[] japaneseBytes = SafeFiles.read(japaneseFile, shown.resolve(japanese));
        TextFiles.decodeUtf8(japaneseBytes, shown.resolve(japanese));
        byte[] bytes = SafeFiles.read(englishFile, shownEnglish);
        TextFiles.decodeUtf8(bytes, shownEnglish); // refuses a file that is not text, at its line
        String text = new String(bytes, StandardCharsets.UTF_8);
        TranslationPlaces.Japanese own = ownItem(japaneseFile, englishFile, text, shownEnglish,
                shown.resolve(japanese));
        String marked = withLine(text, HASH_LINE, "source-sha256: " + own.hash(), shownEnglish);
        if (!own.id().isEmpty()) {
            marked = withSourceId(marked, own.id(), shownEnglish);
        }
        SafeFiles.write(contentDir, english, shown, marked.getBytes(StandardCharsets.UTF_8));
        return own.hash();
    }

    /**
     * The Japanese item the English file is to record, after making sure the English file translates that item and
     * not another one whose file it was left in the place of.
     */
    private static TranslationPlaces.Japanese ownItem(Path japanese, Path english, String englishText,
                                                      Path shownEnglish, Path shownJapanese)
            throws ContentException, IOException {
        Path ja = languageFolder(japanese);
        TranslationPlaces places = new TranslationPlaces(ja);
        String relative = ja.relativize(japanese.toAbsolutePath().normalize()).toString().replace('\\', '/');
        TranslationPlaces.Japanese own = places.japanese(relative);
        TranslationPlaces.Place place = places.place(relative, own, TranslationPlaces.recordedId(englishText),
                TranslationStatus.recordedHash(english).orElse(""));
        if (place.kind() == TranslationPlaces.Place.Kind.ELSEWHERE) {
            boolean occupied = java.nio.file.Files.isRegularFile(folderOf(english, relative)
                    .resolve(place.japanese()));
            Path shownEn = folderOf(shownEnglish, relative);
            Path shownJa = shownEn.resolveSibling("ja");
            throw new ContentException(TranslationMessages.misplaced(shownEnglish, place.id(),
                    shownJa.resolve(place.japanese()), shownEn.resolve(place.japanese()), occupied));
        }
        if (place.kind() == TranslationPlaces.Place.Kind.GONE) {
            throw new ContentException(TranslationMessages.unmatched(shownEnglish, place.id(), shownJapanese));
        }
        return own;
    }

    /**
     * {@code text} with the front-matter line {@code pattern} finds replaced by {@code line}, or with {@code line}
     * added right after the opening {@code ---} when the front matter has none. A body line that looks the same is
     * never touched.
     */
    public static String withLine(String text, Pattern pattern, String line, Path shown) throws ContentException {
        Matcher opening = OPENING.matcher(text);
        if (!opening.find()) {
            if (isYaml(shown)) {
                return withTopLevelLine(text, pattern, line);
            }
            throw new ContentException(ContentError.of(new Location(shown, 1, 1), "translation.mark.noFrontMatter"));
        }
        Matcher existing = pattern.matcher(text).region(opening.end(), frontMatterEnd(text, opening));
        if (existing.find()) {
            return text.substring(0, existing.start()) + line + text.substring(existing.end());
        }
        return text.substring(0, opening.end()) + line + opening.group(2) + text.substring(opening.end());
    }

    /**
     * A YAML file (a table) has no front matter: its keys are the file's own, so the line is a top-level key,
     * replaced where it is or put first (after a byte-order mark).
     */
    private static String withTopLevelLine(String text, Pattern pattern, String line) {
        Matcher existing = pattern.matcher(text);
        if (existing.find()) {
            return text.substring(0, existing.start()) + line + text.substring(existing.end());
        }
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        String lineEnd = text.contains("\r\n") ? "\r\n" : "\n";
        return text.substring(0, start) + line + lineEnd + text.substring(start);
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * {@code text} recording that it translates the item {@code id} ({@code source-id:}): the line is replaced, or
     * added after the front matter's {@code source-sha256:} line, or else after the opening {@code ---}.
     */
    public static String withSourceId(String text, String id, Path shown) throws ContentException {
        String line = TranslationPlaces.SOURCE_ID_KEY + ": " + id;
        Matcher opening = OPENING.matcher(text);
        boolean frontMatter = opening.find();
        if (frontMatter || isYaml(shown)) {
            int begin = frontMatter ? opening.end() : 0;
            int end = frontMatter ? frontMatterEnd(text, opening) : text.length();
            Matcher hash = HASH_LINE.matcher(text).region(begin, end);
            if (!ID_LINE.matcher(text).region(begin, end).find() && hash.find()) {
                String lineEnd = text.startsWith("\r\n", hash.end()) ? "\r\n" : "\n";
                return text.substring(0, hash.end()) + lineEnd + line + text.substring(hash.end());
            }
        }
        return withLine(text, ID_LINE, line, shown);
    }

    /** Where the front matter that {@code opening} starts ends: at its closing {@code ---}, else right after it. */
    private static int frontMatterEnd(String text, Matcher opening) {
        Matcher closing = CLOSING.matcher(text);
        return closing.find(opening.end()) ? closing.start() : opening.end();
    }

    /** The {@code ja} folder a Japanese file is in (its nearest ancestor of that name), else its own folder. */
    private static Path languageFolder(Path japanese) {
        Path absolute = japanese.toAbsolutePath().normalize();
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("ja")) {
                return dir;
            }
        }
        return absolute.getParent();
    }

    /** The language folder of {@code file}, which is the file {@code relative} of that folder. */
    private static Path folderOf(Path file, String relative) {
        Path base = file.toAbsolutePath().normalize();
        for (int i = 0; i < Path.of(relative).getNameCount(); i++) {
            base = base.getParent();
        }
        return file.isAbsolute() ? base : Path.of("").toAbsolutePath().relativize(base);
    }
}
