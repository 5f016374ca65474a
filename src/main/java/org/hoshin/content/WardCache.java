package org.hoshin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Wards read by earlier builds, kept by the preview between saves: a ward none of whose files changed (same
 * names, sizes and modification times) is not read again, and keeps its parsed Markdown, so a save re-reads only
 * the ward it belongs to. The returned {@link Ward} is the same object as before, which lets later stages tell
 * that nothing of it changed.
 */
public final class WardCache {

    /** Reads a ward afresh. */
    @FunctionalInterface
    interface Reader {
        Ward read() throws ContentException;
    }

    private record Entry(String fingerprint, Ward ward) {
    }

    private final Map<Path, Entry> wards = new ConcurrentHashMap<>();

    Ward read(Path wardDir, Reader reader) throws ContentException {
        String fingerprint;
        try {
            fingerprint = fingerprint(wardDir);
        } catch (IOException | UncheckedIOException e) {
            wards.remove(wardDir);
            return reader.read();
        }
        Entry known = wards.get(wardDir);
        if (known != null && known.fingerprint().equals(fingerprint)) {
            return known.ward();
        }
        wards.remove(wardDir);
        Ward ward = reader.read();
        wards.put(wardDir, new Entry(fingerprint, ward));
        return ward;
    }

    /** Every file and folder below {@code dir} with its size and modification time, in name order. */
    public static String fingerprint(Path dir) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                out.append(dir.relativize(p)).append('\t').append(a.size()).append('\t')
                        .append(a.lastModifiedTime().toInstant()).append('\t').append(a.fileKey()).append('\n');
            }
        }
        return out.toString();
    }
}
