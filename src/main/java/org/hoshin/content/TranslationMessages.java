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
        return ContentError.of(Location.of(japaneseDir), "translation.noEdition", files, englishDir);
    }

    /** A Japanese file with no English file beside it; gives the hash the new file must record. */
    public static ContentError missing(Path japanese, Path english, String hash) {
        return ContentError.of(new Location(japanese, 1, 0), "translation.missing", english, hash);
    }

    /** An English file translating an older version of its Japanese file. */
    public static ContentError stale(Path japanese, Path english, String hash) {
        return ContentError.of(new Location(english, 1, 0), "translation.stale", japanese, markDone(english), hash);
    }

    /** An English file without {@code source-sha256}: nobody has said which Japanese version it translates. */
    public static ContentError unrecorded(Path english) {
        return ContentError.of(new Location(english, 1, 0), "translation.unrecorded", markDone(english));
    }

    /**
     * An English file that translates another Japanese file of its edition (the Japanese was reordered or moved):
     * it is not shown, and the message names the file to move and where. Never {@code --mark-done}, which would
     * make the mismatch permanent.
     *
     * @param occupied whether an English file is at the destination already (two files to swap)
     */
    public static ContentError misplaced(Path english, String id, Path japanese, Path home, boolean occupied) {
        return ContentError.of(new Location(english, 1, 0), occupied ? "translation.misplacedSwap"
                : "translation.misplaced", id.isEmpty() ? "-" : id, japanese, slashes(home));
    }

    /** An English file translating an item that is no longer in its edition's Japanese. */
    public static ContentError unmatched(Path english, String id, Path japanese) {
        return ContentError.of(new Location(english, 1, 0), "translation.unmatched", id, slashes(japanese));
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static String markDone(Path english) {
        return "'bin/hoshin translations --mark-done " + english.toString().replace('\\', '/') + "'";
    }
}
