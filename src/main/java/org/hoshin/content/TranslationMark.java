package org.hoshin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records in an English file that it now translates its Japanese file as it is ({@code hoshin translations
 * --mark-done}). Only the {@code source-sha256:} line is written, so the editor's text, comments and line ends
 * stay exactly as they were; a file without that line gets it right after its opening {@code ---}.
 */
public final class TranslationMark {

    private static final Pattern HASH_LINE = Pattern.compile("(?m)^source-sha256:.*$");
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
        String hash = SourceHash.of(japanese);
        String text = Files.readString(english, StandardCharsets.UTF_8);
        String line = "source-sha256: " + hash;
        Matcher existing = HASH_LINE.matcher(text);
        String marked;
        if (existing.find()) {
            marked = text.substring(0, existing.start()) + line + text.substring(existing.end());
        } else {
            Matcher opening = OPENING.matcher(text);
            if (!opening.find()) {
                throw new ContentException(ContentError.of(new Location(shownEnglish, 1, 1), "translation.mark.noFrontMatter"));
            }
            marked = text.substring(0, opening.end()) + line + opening.group(2) + text.substring(opening.end());
        }
        Files.writeString(english, marked, StandardCharsets.UTF_8);
        return hash;
    }
}
