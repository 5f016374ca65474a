package org.hoshin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Which of two files using the same id introduced it: the one added to git later, since the other was there (and
 * probably published) first. Blaming the later file in reading order made editors rename the published item and
 * break every link to it. Git is asked only when there is a duplicate, once per file; a file git does not know yet
 * is the newer one, and without git (or when both are equally old) the later file in reading order is.
 */
final class IdHistory {

    /** Added time of a file unknown to git: newer than any commit. */
    private static final long UNTRACKED = Long.MAX_VALUE;
    /** No git here, or it failed: the history cannot tell. */
    private static final long UNKNOWN = -1;

    private final Map<Path, Long> added = new HashMap<>();

    /** Of {@code first} and {@code second} (in reading order), the file that introduced a shared id. */
    Path newer(Path first, Path second) {
        long a = addedAt(first);
        long b = addedAt(second);
        if (a == UNKNOWN || b == UNKNOWN || a == b) {
            return second;
        }
        return a > b ? first : second;
    }

    private long addedAt(Path file) {
        return added.computeIfAbsent(file.toAbsolutePath().normalize(), IdHistory::askGit);
    }

    /** {@code git log --diff-filter=A --format=%ct -- FILE}: the commit time of the file's most recent addition. */
    private static long askGit(Path file) {
        ProcessBuilder git = new ProcessBuilder("git", "log", "--diff-filter=A", "--format=%ct", "--",
                file.getFileName().toString()).directory(file.getParent().toFile()).redirectErrorStream(false);
        try {
            Process process = git.redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
                return UNKNOWN;
            }
            return out.isEmpty() ? UNTRACKED : Long.parseLong(out.lines().findFirst().orElseThrow().strip());
        } catch (IOException | NumberFormatException e) {
            return UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return UNKNOWN;
        }
    }
}
