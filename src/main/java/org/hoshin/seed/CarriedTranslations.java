package org.hoshin.seed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLayout;
import org.hoshin.content.Edition;
import org.hoshin.content.Location;
import org.hoshin.content.Message;
import org.hoshin.content.SafeFiles;
import org.hoshin.content.SourceHash;
import org.hoshin.content.TextFiles;
import org.hoshin.content.TranslationMark;
import org.hoshin.content.TranslationPlaces;
import org.hoshin.content.TranslationStatus;

/**
 * Translation memory across editions: the English of a new edition's items, carried over from the neighbouring
 * edition's translations ({@link WardLineage#neighbour}). An item of the new edition is the neighbour's item with
 * the same id ({@link ItemIds} gave paired items the earlier ids); a file without an id (the goal's
 * {@code index.md}, the introductions, the notes) is the neighbour's file of the same name.
 *
 * <p>The English file is copied as it is, with its {@code source-sha256} (the version of the neighbour's Japanese
 * it translates), and records its item in {@code source-id}. So where the new Japanese is word for word the
 * translated Japanese, the translation is current at once; where it changed, it is out of date: the page shows it
 * with the out-of-date notice, and {@code translations --diff} shows the change against that version. Only English
 * that belongs to its item is carried ({@link TranslationPlaces}); import never replaces an editor's English.
 */
public final class CarriedTranslations {

    private CarriedTranslations() {
    }

    /**
     * English files for {@code files} (the new edition's files by edition-relative path, {@code ja/…}), by the
     * same paths under {@code en/}.
     */
    static SortedMap<String, String> of(Path contentDir, String wardId, Optional<Edition> neighbour,
                                        SortedMap<String, String> files) throws ContentException {
        SortedMap<String, String> english = new TreeMap<>();
        if (neighbour.isEmpty()) {
            return english;
        }
        Path editionDir = ContentLayout.editionDir(contentDir, wardId, neighbour.get().fiscalYear());
        Path ja = editionDir.resolve("ja");
        Path en = editionDir.resolve("en");
        if (!SafeFiles.isDirectory(en, en)) {
            return english;
        }
        try {
            TranslationPlaces places = new TranslationPlaces(ja);
            Map<String, String> fileOfId = filesById(ja, places);
            for (var file : files.entrySet()) {
                if (!file.getKey().startsWith("ja/")) {
                    continue;
                }
                String relative = file.getKey().substring(3);
                String id = TranslationPlaces.of(Path.of(relative), file.getValue()).id();
                String source = id.isEmpty() ? relative : fileOfId.get(id);
                if (source == null || !SafeFiles.isFile(ja.resolve(source), ja)
                        || !SafeFiles.isFile(en.resolve(source), en)) {
                    continue;
                }
                Path enFile = SafeFiles.checkChain(en, source, en);
                String text = TextFiles.readUtf8(enFile, enFile);
                TranslationPlaces.Place place = places.place(source, TranslationPlaces.recordedId(text),
                        TranslationStatus.recordedHash(enFile).orElse(""));
                if (place.kind() == TranslationPlaces.Place.Kind.HERE) {
                    english.put("en/" + relative, id.isEmpty() ? text
                            : TranslationMark.withSourceId(text, id, enFile));
                }
            }
        } catch (IOException e) {
            throw new ContentException(ContentError.of(Location.of(en), "safeFile.cannotList", e.getMessage()));
        }
        return english;
    }

    /** The file of each item id among an edition's new files (edition-relative paths, {@code ja/…}). */
    static Map<String, String> fileOfId(SortedMap<String, String> files) {
        Map<String, String> ids = new HashMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith("ja/")) {
                String id = TranslationPlaces.of(Path.of(path), text).id();
                if (!id.isEmpty()) {
                    ids.put(id, path);
                }
            }
        });
        return ids;
    }

    /**
     * The import summary's line on the English carried over: how many files, how many current (the Japanese did
     * not change) and how many out of date; none when nothing was carried.
     */
    static List<String> summary(SortedMap<String, String> carried, SortedMap<String, String> files,
                                          Optional<Edition> neighbour) {
        if (carried.isEmpty()) {
            return List.of();
        }
        int current = 0;
        for (var file : carried.entrySet()) {
            String japanese = files.get("ja/" + file.getKey().substring(3));
            if (japanese != null && TranslationStatus.recordedHashOf(file.getValue())
                    .filter(SourceHash.ofText(japanese)::equals).isPresent()) {
                current++;
            }
        }
        return List.of("  " + Message.format("import.carried",
                neighbour.orElseThrow().fiscalYear().start(), carried.size(), current, carried.size() - current));
    }

    /**
     * The English files of an edition that import carried over from another edition (as recorded in its import
     * record), relative to the edition folder ({@code en/pillars/01/02.md}), that are still there.
     */
    public static Set<String> recorded(Path editionDir) throws ContentException {
        Set<String> carried = new TreeSet<>();
        for (String file : ImportManifest.read(editionDir).files().keySet()) {
            if (file.startsWith("en/") && Files.isRegularFile(editionDir.resolve(file))) {
                carried.add(file);
            }
        }
        return carried;
    }

    /** The Japanese file of each item id (and alias) of an edition, relative to its {@code ja/}. */
    private static Map<String, String> filesById(Path ja, TranslationPlaces places) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(ja)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = ja.relativize(file).toString().replace('\\', '/');
                TranslationPlaces.Japanese japanese = places.japanese(relative);
                if (!japanese.id().isEmpty()) {
                    files.putIfAbsent(japanese.id(), relative);
                    japanese.aliases().forEach(a -> files.putIfAbsent(a, relative));
                }
            }
        }
        return files;
    }
}
