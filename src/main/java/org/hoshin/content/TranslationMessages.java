package org.hoshin.content;

import java.nio.file.Path;

/**
 * The one wording of every translation message, so that build, check, serve and {@code hoshin translations} say
 * the same thing in the same words. Each message names the file to open and the command or line that fixes it;
 * paths are given as the editor would type them.
 */
public final class TranslationMessages {

    private TranslationMessages() {
    }

    /** An edition with no English folder at all. */
    public static ContentError missingEdition(Path japaneseDir, Path englishDir, int files) {
        return new ContentError(Location.of(japaneseDir), "no English edition yet (" + files + " files to translate)",
                "add " + englishDir + "/ mirroring the Japanese files; after translating each file, run "
                        + "'hoshin translations --mark-done FILE' to record which Japanese version it translates");
    }

    /** A Japanese file with no English file beside it; gives the hash the new file must record. */
    public static ContentError missing(Path japanese, Path english, String hash) {
        return new ContentError(new Location(japanese, 1, 0), "no English translation",
                "add " + english + " with the same keys in English and the line 'source-sha256: " + hash + "'");
    }

    /** An English file translating an older version of its Japanese file. */
    public static ContentError stale(Path japanese, Path english, String hash) {
        return new ContentError(new Location(english, 1, 0), "English translation is out of date: " + japanese
                + " changed since it was translated", "see what changed with 'hoshin translations --diff', update "
                + "the English, then run " + markDone(english) + ", which sets source-sha256: " + hash);
    }

    /** An English file without {@code source-sha256}: nobody has said which Japanese version it translates. */
    public static ContentError unrecorded(Path english) {
        return new ContentError(new Location(english, 1, 0),
                "the English file does not say which Japanese version it translates",
                "after checking it, run " + markDone(english));
    }

    private static String markDone(Path english) {
        return "'hoshin translations --mark-done " + english.toString().replace('\\', '/') + "'";
    }
}
