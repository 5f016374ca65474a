package org.hoshin.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.hoshin.content.SafeFiles;

/**
 * The writes of one import run, undoable: each file is written atomically (a temporary file in the same folder,
 * then an atomic rename), and the previous bytes of every file overwritten or deleted are kept in memory, so a
 * failure halfway through restores {@code content/} exactly as it was — never half a ward, never a ward without
 * its import record.
 */
final class ImportTransaction {

    /** Called before each file is written or deleted; tests use it to make a write fail halfway. */
    @FunctionalInterface
    interface Step {
        void before(Path target) throws IOException;
    }

    /** One change made, with what to put back: the previous bytes, or null when the file did not exist. */
    private record Undo(Path file, byte[] previous) {
    }

    private final Step step;
    private final Deque<Undo> undo = new ArrayDeque<>();
    private final Deque<Path> createdDirs = new ArrayDeque<>();

    ImportTransaction(Step step) {
        this.step = step;
    }

    /** Writes {@code bytes} to {@code file}, remembering its previous content ({@code previous}, null if none). */
    void write(Path file, byte[] previous, byte[] bytes) throws IOException {
        step.before(file);
        createParents(file.getParent());
        undo.push(new Undo(file, previous));
        writeAtomically(file, bytes);
    }

    /** Deletes {@code file}, remembering its content. */
    void delete(Path file, byte[] previous) throws IOException {
        step.before(file);
        undo.push(new Undo(file, previous));
        Files.deleteIfExists(file);
    }

    /**
     * Puts back every file changed so far, newest first, and removes the folders this run created.
     *
     * @return the files that could not be restored, with why (empty when everything was restored)
     */
    List<String> rollback() {
        List<String> failures = new ArrayList<>();
        while (!undo.isEmpty()) {
            Undo u = undo.pop();
            try {
                if (u.previous() == null) {
                    Files.deleteIfExists(u.file());
                } else {
                    writeAtomically(u.file(), u.previous());
                }
            } catch (IOException e) {
                failures.add(u.file() + ": could not be restored: " + e.getMessage());
            }
        }
        while (!createdDirs.isEmpty()) {
            Path dir = createdDirs.pop();
            try {
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                failures.add(dir + ": folder created by this import could not be removed: " + e.getMessage());
            }
        }
        return failures;
    }

    private void createParents(Path dir) throws IOException {
        if (dir == null || Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        createParents(dir.getParent());
        Files.createDirectory(dir);
        createdDirs.push(dir);
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        SafeFiles.replace(file, bytes);
    }
}
