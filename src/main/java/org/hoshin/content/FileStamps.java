package org.hoshin.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the preview tells that files changed without reading them: each file's and folder's name, size, modification
 * time and file key (which changes when an editor saves by replacing the file), from one look at the file, taken
 * as the walk lists it. A file whose modification time lies within {@link #RECENT_MILLIS} of now is read and its
 * content hashed as well: two saves in the same tick of the file system's clock, of the same size, would otherwise
 * look alike, and the second would be missed. Such a file's stamp changes once more when it is no longer recent,
 * which only reads it one more time.
 */
public final class FileStamps {

    /** How close to now a modification time must be for the file's content to count too. */
    static final long RECENT_MILLIS = 2_000;

    private FileStamps() {
    }

    /** The stamps of {@code dir} and everything below it, one line per file or folder. */
    public static String of(Path dir) throws IOException {
        return String.join("", byEntry(dir).values());
    }

    /**
     * As {@link #of}, cut by the entries of {@code dir}: each entry's name to the stamps of it and everything below
     * it ({@code ""} for {@code dir} itself), so one walk tells which edition folders of a ward changed. The entries
     * come in the order the folders list them: while a folder does not change, it lists them in the same order, and
     * a different order would only read them again.
     */
    public static Map<String, String> byEntry(Path dir) throws IOException {
        long now = System.currentTimeMillis();
        Map<String, StringBuilder> entries = new LinkedHashMap<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                return visitFile(folder, attributes);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path relative = dir.relativize(file);
                String entry = relative.toString().isEmpty() ? "" : relative.getName(0).toString();
                line(entries.computeIfAbsent(entry, e -> new StringBuilder()), file, relative, attributes, now);
                return FileVisitResult.CONTINUE;
            }
        });
        Map<String, String> stamps = new LinkedHashMap<>();
        entries.forEach((entry, lines) -> stamps.put(entry, lines.toString()));
        return stamps;
    }

    private static void line(StringBuilder out, Path file, Path relative, BasicFileAttributes a, long now)
            throws IOException {
        long modified = a.lastModifiedTime().toMillis();
        out.append(relative).append('\t').append(a.size()).append('\t').append(a.lastModifiedTime().toInstant())
                .append('\t').append(a.fileKey());
        if (a.isRegularFile() && Math.abs(now - modified) < RECENT_MILLIS) {
            out.append('\t').append(Sha256.of(Files.readAllBytes(file)));
        }
        out.append('\n');
    }
}
