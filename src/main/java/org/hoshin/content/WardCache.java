package org.hoshin.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wards read by earlier builds, kept by the preview between saves: a ward none of whose files changed (the same
 * {@link FileStamps}) is not read again, and the returned {@link Ward} is the same object as before, which lets
 * later stages tell that nothing of it changed. When some of a ward's files changed, only the
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
     * A ward as read, with the stamps of each of its entries ({@link FileStamps#byEntry}) and each edition read
     * with the stamps of its folder.
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
            fingerprints = FileStamps.byEntry(wardDir);
        } catch (IOException | UncheckedIOException e) {
            wards.remove(wardDir);
            return reader.read(WardReader.Editions.FRESH);
        }
        Entry known = wards.remove(wardDir);
        if (known != null && FileStamps.same(known.fingerprints(), fingerprints)) {
            wards.put(wardDir, known);
            return known.ward();
        }
        Map<Path, KeptEdition> kept = known == null ? Map.of() : known.editions();
        Map<Path, KeptEdition> read = new HashMap<>();
        Ward ward = reader.read((names, editionDir, fresh) -> {
            String fingerprint = fingerprints.get(editionDir.getFileName().toString());
            KeptEdition before = kept.get(editionDir);
            Edition edition = before != null && FileStamps.same(before.fingerprint(), fingerprint)
                    && before.names().equals(names) ? before.edition() : fresh.read();
            if (fingerprint != null) {
                read.put(editionDir, new KeptEdition(fingerprint, names, edition));
            }
            return edition;
        });
        wards.put(wardDir, new Entry(fingerprints, ward, Map.copyOf(read)));
        return ward;
    }
}
