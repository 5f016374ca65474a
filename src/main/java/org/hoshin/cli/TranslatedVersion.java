package org.hoshin.cli;

import java.nio.file.Path;
import org.hoshin.content.GitVersions;

/**
 * Finds, in the git history, the version of a Japanese file that an English translation was made from: the newest
 * committed version whose {@link org.hoshin.content.SourceHash} is the one the English file records
 * ({@link GitVersions}), with the reason in the editor's terms when there is none.
 */
final class TranslatedVersion {

    /**
     * What the search found.
     *
     * @param commit the commit holding the translated version, or empty when none was found
     * @param text   the Japanese text of that version (empty when none)
     * @param reason why none was found, in the editor's terms (empty when found)
     */
    record Found(String commit, String text, String reason) {

        boolean found() {
            return !commit.isEmpty();
        }
    }

    private TranslatedVersion() {
    }

    /** Searches the history of {@code japaneseFile} for the version hashing to {@code recordedHash}. */
    static Found find(Path japaneseFile, String recordedHash) throws InterruptedException {
        GitVersions.Search search = GitVersions.find(japaneseFile, recordedHash);
        if (!search.repository()) {
            return new Found("", "", "the content is not in a git repository (or git is not installed), so the "
                    + "translated version cannot be looked up");
        }
        return search.version().map(v -> new Found(v.commit(), v.text(), "")).orElseGet(() -> new Found("", "",
                "the version it translates is not in the git history (the hash it records matches no committed "
                        + "version of the Japanese file); compare the English with the Japanese by hand"));
    }
}
