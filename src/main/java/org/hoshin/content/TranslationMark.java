package org.hoshin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Records in an English file that it now translates its Japanese file as it is ({@code hoshin translations
 * --mark-done}). Only the {@code source-sha256:} line of the front matter is written, so the editor's text,
 * comments, byte-order mark and line ends stay exactly as they were; a file without that line gets it right after
 * its opening {@code ---}. Both files are read, and the English one written, through {@link SafeFiles} inside
 * {@code content/}: never through a link, atomically.
 */
public final class TranslationMark {

    private static final Pattern HASH_LINE = Pattern.compile("(?m)^source-sha256:.*$");
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
        String hash = SourceHash.ofText(new String(japaneseBytes, StandardCharsets.UTF_8));
        byte[] bytes = SafeFiles.read(englishFile, shownEnglish);
        TextFiles.decodeUtf8(bytes, shownEnglish); // refuses a file that is not text, at its line
        String marked = marked(new String(bytes, StandardCharsets.UTF_8), "source-sha256: " + hash, shownEnglish);
        SafeFiles.write(contentDir, english, shown, marked.getBytes(StandardCharsets.UTF_8));
        return hash;
    }

    /** {@code text} with {@code line} as its front matter's hash line. */
    private static String marked(String text, String line, Path shownEnglish) throws ContentException {
        Matcher opening = OPENING.matcher(text);
        if (!opening.find()) {
            throw new ContentException(ContentError.of(new Location(shownEnglish, 1, 1),
                    "translation.mark.noFrontMatter"));
        }
        Matcher closing = CLOSING.matcher(text);
        int end = closing.find(opening.end()) ? closing.start() : opening.end();
        Matcher existing = HASH_LINE.matcher(text).region(opening.end(), end);
        if (existing.find()) {
            return text.substring(0, existing.start()) + line + text.substring(existing.end());
        }
        return text.substring(0, opening.end()) + line + opening.group(2) + text.substring(opening.end());
    }
}
