package org.hoshin.content;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

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
        return new Git(file.getParent()).text("log", "--diff-filter=A", "--format=%ct", "--",
                file.getFileName().toString()).map(out -> {
                    try {
                        return out.isEmpty() ? UNTRACKED : Long.parseLong(out.lines().findFirst().orElseThrow().strip());
                    } catch (NumberFormatException e) {
                        return UNKNOWN;
                    }
                }).orElse(UNKNOWN);
    }
}
