package org.hoshin.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The committed version of a file whose {@link SourceHash} is a given one: the version of a Japanese file that an
 * English translation records it was made from. Walks {@code git log} of the file and reads each version with
 * {@code git show}, because the hash is over normalised text, not git's blobs. Without git, outside a repository,
 * or when no version matches, there is none.
 */
public final class GitVersions {

    /**
     * A version found.
     *
     * @param commit the commit holding it
     * @param text   the file's text in that commit
     */
    public record Version(String commit, String text) {
    }

    /** What asking git gave: no repository (or no git), or the version if one matched. */
    public record Search(boolean repository, Optional<Version> version) {
    }

    private GitVersions() {
    }

    /** Searches the history of {@code file}, newest first, for the version hashing to {@code hash}. */
    public static Search find(Path file, String hash) throws InterruptedException {
        Path dir = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        Optional<String> log = git(dir, "log", "--format=%H", "--", name);
        if (log.isEmpty()) {
            return new Search(false, Optional.empty());
        }
        for (String commit : log.get().lines().filter(l -> !l.isBlank()).toList()) {
            Optional<String> text = git(dir, "show", commit + ":./" + name);
            if (text.isPresent() && SourceHash.ofText(text.get()).equals(hash)) {
                return new Search(true, Optional.of(new Version(commit, text.get())));
            }
        }
        return new Search(true, Optional.empty());
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
