package org.hoshin.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies project folders (content, templates, seeds) into a test's temporary folder, so tests may break them. */
public final class Trees {

    private Trees() {
    }

    public static Path copy(Path from, Path to) throws IOException {
        return copy(from, to, relative -> true);
    }

    /** Copies the files and folders under {@code from} whose path relative to it {@code keep} accepts. */
    public static Path copy(Path from, Path to, java.util.function.Predicate<Path> keep) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.filter(p -> keep.test(from.relativize(p))).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    /** Deletes {@code dir} and everything below it (a ward a test removes from its copy of the content). */
    public static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
