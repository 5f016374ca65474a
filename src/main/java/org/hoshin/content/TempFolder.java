package org.hoshin.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A folder in the system's temporary directory that is removed when closed and also when the process is stopped
 * (Ctrl-C, {@code kill}): an interrupted {@code check} left {@code hoshin-check-*} folders behind, each holding a
 * whole site. Links inside are removed, never followed.
 */
public final class TempFolder implements AutoCloseable {

    private final Path path;
    private final Thread cleanup;

    private TempFolder(Path path) {
        this.path = path;
        this.cleanup = new Thread(this::deleteQuietly, "hoshin-temp-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** A new empty folder named {@code prefix…}. */
    public static TempFolder create(String prefix) throws IOException {
        return new TempFolder(Files.createTempDirectory(prefix));
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            return; // the process is stopping: the hook removes the folder
        }
        deleteQuietly();
    }

    /** Deletes the folder, trying again while threads still writing into it add files. */
    private void deleteQuietly() {
        for (int attempt = 0; attempt < 5 && Files.exists(path); attempt++) {
            try {
                delete(path);
            } catch (IOException e) {
                // a file appeared or vanished meanwhile: the next attempt sees the folder as it is now
            }
        }
    }

    private static void delete(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
