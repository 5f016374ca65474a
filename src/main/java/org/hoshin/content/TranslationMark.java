package org.hoshin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records in an English file that it now translates its Japanese file as it is ({@code hoshin translations
 * --mark-done}). Only the {@code source-sha256:} line and, for an item, the {@code source-id:} line (the item it
 * translates, see {@link TranslationPlaces}) are written, so the editor's text, comments and line ends stay exactly
 * as they were; a file without those lines gets them right after its opening {@code ---}. An English file that
 * translates another item (left behind by a reorder) is refused: marking it would make the mismatch permanent.
 */
public final class TranslationMark {

    private static final Pattern HASH_LINE = Pattern.compile("(?m)^source-sha256:.*$");
    private static final Pattern ID_LINE = Pattern.compile("(?m)^source-id:.*$");
    private static final Pattern OPENING = Pattern.compile("\\A(\uFEFF?---[ \\t]*)(\\r?\\n)");

    private TranslationMark() {
    }

    /**
     * Writes the current hash of {@code japanese} into {@code english} and returns it.
     *
     * @param shownEnglish the English file as the editor named it, for messages
     * @throws ContentException when the English file does not exist or has no front matter
     */
    public static String markDone(Path japanese, Path english, Path shownEnglish) throws ContentException, IOException {
        if (!Files.isRegularFile(english)) {
            throw new ContentException(ContentError.of(Location.of(shownEnglish), "translation.mark.noEnglish"));
        }
        if (!Files.isRegularFile(japanese)) {
            throw new ContentException(ContentError.of(Location.of(shownEnglish), "translation.mark.noJapanese"));
        }
        String text = Files.readString(english, StandardCharsets.UTF_8);
        Path ja = languageFolder(japanese);
        TranslationPlaces places = new TranslationPlaces(ja);
        String relative = ja.relativize(japanese.toAbsolutePath().normalize()).toString().replace('\\', '/');
        TranslationPlaces.Japanese own = places.japanese(relative);
        TranslationPlaces.Place place = places.place(relative, own, TranslationPlaces.recordedId(text),
                TranslationStatus.recordedHash(english).orElse(""));
        if (place.kind() == TranslationPlaces.Place.Kind.ELSEWHERE) {
            boolean occupied = Files.isRegularFile(folderOf(english, relative).resolve(place.japanese()));
            Path shownEn = folderOf(shownEnglish, relative);
            Path shownJa = shownEn.resolveSibling("ja");
            throw new ContentException(TranslationMessages.misplaced(shownEnglish, place.id(),
                    shownJa.resolve(place.japanese()), shownEn.resolve(place.japanese()), occupied));
        }
        if (place.kind() == TranslationPlaces.Place.Kind.GONE) {
            throw new ContentException(TranslationMessages.unmatched(shownEnglish, place.id(), japanese));
        }
        String marked = withLine(text, HASH_LINE, "source-sha256: " + own.hash(), shownEnglish);
        if (!own.id().isEmpty()) {
            marked = withSourceId(marked, own.id(), shownEnglish);
        }
        Files.writeString(english, marked, StandardCharsets.UTF_8);
        return own.hash();
    }

    /**
     * {@code text} with the line {@code pattern} finds replaced by {@code line}, or with {@code line} added right
     * after the opening {@code ---} when it has none.
     */
    public static String withLine(String text, Pattern pattern, String line, Path shown) throws ContentException {
        Matcher existing = pattern.matcher(text);
        if (existing.find()) {
            return text.substring(0, existing.start()) + line + text.substring(existing.end());
        }
        Matcher opening = OPENING.matcher(text);
        if (!opening.find()) {
            throw new ContentException(ContentError.of(new Location(shown, 1, 1), "translation.mark.noFrontMatter"));
        }
        return text.substring(0, opening.end()) + line + opening.group(2) + text.substring(opening.end());
    }

    /**
     * {@code text} recording that it translates the item {@code id} ({@code source-id:}): the line is replaced, or
     * added after the {@code source-sha256:} line, or else after the opening {@code ---}.
     */
    public static String withSourceId(String text, String id, Path shown) throws ContentException {
        String line = TranslationPlaces.SOURCE_ID_KEY + ": " + id;
        Matcher hash = HASH_LINE.matcher(text);
        if (!ID_LINE.matcher(text).find() && hash.find()) {
            String end = text.startsWith("\r\n", hash.end()) ? "\r\n" : "\n";
            return text.substring(0, hash.end()) + end + line + text.substring(hash.end());
        }
        return withLine(text, ID_LINE, line, shown);
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
