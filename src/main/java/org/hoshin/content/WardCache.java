package org.hoshin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Wards read by earlier builds, kept by the preview between saves: a ward none of whose files changed (same
 * names, sizes and modification times) is not read again, and the returned {@link Ward} is the same object as
 * before, which lets later stages tell that nothing of it changed. When some of a ward's files changed, only the
 * edition folders that changed are read again: every other {@link Edition} is the same object as before (at fifty
 * times today's content a ward has a dozen editions, and reading them all again was a sixth of a save), so later
 * stages can tell which editions of a changed ward are unchanged.
 */
public final class WardCache {

    /** Reads a ward afresh, taking its editions from {@code editions}. */
    @FunctionalInterface
    interface Reader {
        Ward read(WardReader.Editions editions) throws ContentException;
    }

    /**
     * A ward as read, with the fingerprint of each of its entries ({@link #fingerprints}) and each edition read
     * with the fingerprint of its folder.
     */
    private record Entry(Map<String, String> fingerprints, Ward ward, Map<Path, KeptEdition> editions) {
    }

    /** An edition as read from its folder's files, for a ward of these names. */
    private record KeptEdition(String fingerprint, YokohamaWards.Entry names, Edition edition) {
    }

    private final Map<Path, Entry> wards = new ConcurrentHashMap<>();

    Ward read(Path wardDir, Reader reader) throws ContentException {
        Map<String, String> fingerprints;
        try {
            fingerprints = fingerprints(wardDir);
        } catch (IOException | UncheckedIOException e) {
            wards.remove(wardDir);
            return reader.read(WardReader.Editions.FRESH);
        }
        Entry known = wards.remove(wardDir);
        if (known != null && known.fingerprints().equals(fingerprints)) {
            wards.put(wardDir, known);
            return known.ward();
        }
        Map<Path, KeptEdition> kept = known == null ? Map.of() : known.editions();
        Map<Path, KeptEdition> read = new HashMap<>();
        Ward ward = reader.read((names, editionDir, fresh) -> {
            String fingerprint = fingerprints.get(editionDir.getFileName().toString());
            KeptEdition before = kept.get(editionDir);
            Edition edition = before != null && before.fingerprint().equals(fingerprint)
                    && before.names().equals(names) ? before.edition() : fresh.read();
            if (fingerprint != null) {
                read.put(editionDir, new KeptEdition(fingerprint, names, edition));
            }
            return edition;
        });
        wards.put(wardDir, new Entry(fingerprints, ward, Map.copyOf(read)));
        return ward;
    }

    /** Every file and folder below {@code dir} with its size and modification time, in name order. */
    public static String fingerprint(Path dir) throws IOException {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                line(out, dir, p);
            }
        }
        return out.toString();
    }

    /**
     * As {@link #fingerprint}, cut by the entries of {@code dir}: each entry's name to the fingerprint of it and
     * everything below it ({@code ""} for {@code dir} itself), so one walk tells which edition folders changed. The
     * walk hands each file's attributes over as it lists it (one look at a file rather than two, on every save for
     * every file of the content), in the order the folders list their entries: while a folder does not change, it
     * lists them in the same order, and a different order would only read a ward again.
     */
    static Map<String, String> fingerprints(Path dir) throws IOException {
        Map<String, StringBuilder> entries = new LinkedHashMap<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                return visitFile(folder, attributes);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                Path relative = dir.relativize(file);
                String entry = relative.toString().isEmpty() ? "" : relative.getName(0).toString();
                line(entries.computeIfAbsent(entry, e -> new StringBuilder()), relative, attributes);
                return FileVisitResult.CONTINUE;
            }
        });
        Map<String, String> fingerprints = new LinkedHashMap<>();
        entries.forEach((entry, lines) -> fingerprints.put(entry, lines.toString()));
        return fingerprints;
    }

    private static void line(StringBuilder out, Path dir, Path p) throws IOException {
        line(out, dir.relativize(p), Files.readAttributes(p, BasicFileAttributes.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    private static void line(StringBuilder out, Path relative, BasicFileAttributes a) {
        out.append(relative).append('\t').append(a.size()).append('\t')
                .append(a.lastModifiedTime().toInstant()).append('\t').append(a.fileKey()).append('\n');
    }
}
