package org.hoshin.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLoader;

/**
 * Makes sure import never writes content that {@code build} rejects: the planned changes are applied to a copy of
 * the content folder, which is then read by the build's own reader. Only problems inside the editions being
 * imported count, so an unrelated mistake elsewhere does not block an import.
 */
final class ImportCheck {

    /**
     * A planned change to a file under the content folder.
     *
     * @param target the file
     * @param next   its new bytes, or null to delete it
     */
    record Change(Path target, byte[] next) {
    }

    /** Problems the build would report in {@code editions} once {@code changes} are made; empty when none. */
    List<ContentError> problems(Path contentDir, List<Change> changes, List<Path> editions) throws IOException {
        Path content = contentDir.toAbsolutePath().normalize();
        Path temp = Files.createTempDirectory("hoshin-import-check-");
        try {
            Path copy = temp.resolve(content.getFileName().toString());
            copyWithChanges(content, copy, changes);
            List<String> prefixes = editions.stream().map(e -> temp.relativize(copy.resolve(
                    content.relativize(e.toAbsolutePath().normalize()).toString())).toString() + "/").toList();
            try {
                new ContentLoader(temp).load(copy);
                return List.of();
            } catch (ContentException e) {
                List<ContentError> inEditions = new ArrayList<>();
                for (ContentError error : e.errors()) {
                    String file = error.location().file().toString().replace('\\', '/') + "/";
                    if (prefixes.stream().anyMatch(file::startsWith)) {
                        inEditions.add(error);
                    }
                }
                return inEditions;
            }
        } finally {
            deleteTree(temp);
        }
    }

    /**
     * Copies the folder {@code from} to {@code to} (regular files only) and makes {@code changes} (of files under
     * {@code from}) in the copy.
     */
    static void copyWithChanges(Path from, Path to, List<Change> changes) throws IOException {
        Path base = from.toAbsolutePath().normalize();
        copyTree(base, to);
        for (Change change : changes) {
            Path target = to.resolve(base.relativize(change.target().toAbsolutePath().normalize()).toString());
            if (change.next() == null) {
                Files.deleteIfExists(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.write(target, change.next());
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
