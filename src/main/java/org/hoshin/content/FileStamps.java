package org.hoshin.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How the preview tells that files changed without reading them: each file's and folder's name, size, modification
 * time and file key (which changes when an editor saves by replacing the file), from one look at the file, taken
 * as the walk lists it. A file whose modification time lies within {@link #RECENT_MILLIS} of now is read and its
 * content hashed as well: two saves in the same tick of the file system's clock, of the same size, would otherwise
 * look alike, and the second would be missed. Compare stamps with {@link #same}, which lets such a file lose its hash
 * once it is no longer recent without counting as changed.
 */
public final class FileStamps {

    /** What precedes the hash of a recent file's content in its line. */
    private static final String HASHED = "\t#";

    /** How close to now a modification time must be for the file's content to count too. */
    static final long RECENT_MILLIS = 2_000;

    private FileStamps() {
    }

    /**
     * Whether stamps taken now ({@code now}) tell of the same files as {@code before} ({@code null}: unknown, never
     * the same): equal line by line, except that a line hashed before, when its file was recent, may come without
     * its hash now. Its size, time and file key are unchanged, and a write after the hash would have moved its
     * time on, unless made within the same tick as the hash; the next build after a save runs well within two
     * seconds, and then sees such a write by the hash. Without this, every file copied or checked out just before
     * a preview started would make its ward be read once more.
     */
    public static boolean same(String before, String now) {
        if (before == null || now == null) {
            return false;
        }
        if (before.equals(now)) {
            return true;
        }
        int b = 0;
        int n = 0;
        while (b < before.length() && n < now.length()) {
            int bEnd = before.indexOf('\n', b);
            int nEnd = now.indexOf('\n', n);
            if (bEnd < 0 || nEnd < 0) {
                return false;
            }
            int length = nEnd - n;
            boolean equal = bEnd - b == length && before.regionMatches(b, now, n, length);
            boolean lostItsHash = bEnd - b > length && before.regionMatches(b, now, n, length)
                    && before.startsWith(HASHED, b + length);
            if (!equal && !lostItsHash) {
                return false;
            }
            b = bEnd + 1;
            n = nEnd + 1;
        }
        return b == before.length() && n == now.length();
    }

    /** As {@link #same(String, String)}, entry by entry, for stamps taken by {@link #byEntry}. */
    public static boolean same(Map<String, String> before, Map<String, String> now) {
        return before.keySet().equals(now.keySet())
                && before.entrySet().stream().allMatch(e -> same(e.getValue(), now.get(e.getKey())));
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
            /** How deep the walk is below {@code dir}: a line's depth and name place it in the tree. */
            private int depth;
            private StringBuilder entry;

            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                visitFile(folder, attributes);
                depth++;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (depth <= 1) {
                    String name = depth == 0 ? "" : file.getFileName().toString();
                    entry = entries.computeIfAbsent(name, e -> new StringBuilder());
                }
                line(entry, file, depth, attributes, now);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                depth--;
                return FileVisitResult.CONTINUE;
            }
        });
        Map<String, String> stamps = new LinkedHashMap<>();
        entries.forEach((entry, lines) -> stamps.put(entry, lines.toString()));
        return stamps;
    }

    /**
     * One file's stamp: its depth and name (in the walk's order, they tell where it is, without making each path
     * relative to the folder: that and formatting the time were most of the cost of 15,000 files on every save).
     */
    private static void line(StringBuilder out, Path file, int depth, BasicFileAttributes a, long now)
            throws IOException {
        FileTime modified = a.lastModifiedTime();
        out.append(depth).append('\t').append(depth == 0 ? "" : file.getFileName().toString()).append('\t')
                .append(a.size()).append('\t').append(modified.to(TimeUnit.NANOSECONDS)).append('\t')
                .append(a.fileKey());
        if (a.isRegularFile() && Math.abs(now - modified.toMillis()) < RECENT_MILLIS) {
            out.append(HASHED).append(Sha256.of(Files.readAllBytes(file)));
        }
        out.append('\n');
    }
}
