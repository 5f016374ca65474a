package org.hoshin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hoshin.content.SourceHash;

/**
 * Finds, in the git history, the version of a Japanese file that an English translation was made from: the newest
 * committed version whose {@link SourceHash} is the one the English file records. Walks {@code git log} of the
 * file and reads each version with {@code git show}, because the hash is over normalised text, not git's blobs.
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
        Path dir = japaneseFile.toAbsolutePath().getParent();
        String name = japaneseFile.getFileName().toString();
        Optional<String> log = git(dir, "log", "--format=%H", "--", name);
        if (log.isEmpty()) {
            return new Found("", "", "the content is not in a git repository (or git is not installed), so the "
                    + "translated version cannot be looked up");
        }
        for (String commit : log.get().lines().filter(l -> !l.isBlank()).toList()) {
            Optional<String> text = git(dir, "show", commit + ":./" + name);
            if (text.isPresent() && SourceHash.ofText(text.get()).equals(recordedHash)) {
                return new Found(commit, text.get(), "");
            }
        }
        return new Found("", "", "the version it translates is not in the git history (the hash it records matches "
                + "no committed version of the Japanese file); compare the English with the Japanese by hand");
    }

    /** Runs git in {@code dir}; empty when git is missing or fails (not a repository, unknown path). */
    private static Optional<String> git(Path dir, String... args) throws InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Optional.empty();
        }
        try (InputStream out = process.getInputStream()) {
            process.getOutputStream().close();
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? Optional.of(text) : Optional.empty();
        } catch (IOException e) {
            process.destroy();
            return Optional.empty();
        }
    }
}
