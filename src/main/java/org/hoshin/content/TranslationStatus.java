package org.hoshin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares each ward's English files with the Japanese files they translate. An English file names the version it
 * translates with {@code source-sha256:} (the {@link SourceHash} of the Japanese file); when the Japanese file
 * changes, the hash no longer matches and the translation is stale. Works on files alone, so it can run before a
 * build; build, check, serve and {@code hoshin translations} all report what this finds, in the words of
 * {@link TranslationMessages}.
 */
public final class TranslationStatus {

    private static final Pattern SOURCE_HASH_LINE =
            Pattern.compile("(?m)^source-sha256:[ \\t]*\"?([0-9a-f]{64})?\"?[ \\t]*\\r?$");

    /**
     * One translation problem.
     *
     * @param ward     the edition, as {@code ward/year} (izumi/2022)
     * @param japanese the Japanese file (or folder, for a whole edition missing)
     * @param english  the English file expected beside it
     * @param kind     what is wrong
     * @param files    how many files the item stands for (a ward with no English edition at all is one item)
     * @param hash     the hash of the Japanese file now, which the English file must record (empty for a folder)
     * @param id       for a misplaced or unmatched English file, the id of the item it translates (else empty)
     * @param home     for a misplaced English file, where it belongs: the English file of the Japanese file it
     *                 translates (else null)
     */
    public record Item(String ward, Path japanese, Path english, Kind kind, int files, String hash, String id,
                       Path home) {

        public Item(String ward, Path japanese, Path english, Kind kind, int files, String hash) {
            this(ward, japanese, english, kind, files, hash, "", null);
        }

        /**
         * Missing: no English file; stale: the Japanese changed since it was translated; unrecorded: the English
         * file does not say which version it translates; misplaced: the English file translates another file of
         * the edition (a reorder left it behind); unmatched: it translates an item no longer in the edition.
         */
        public enum Kind { MISSING, STALE, UNRECORDED, MISPLACED, UNMATCHED }

        /** The message for this problem, with paths shown relative to {@code projectRoot} where possible. */
        public ContentError asError(Path projectRoot) {
            Path shownJa = shown(projectRoot, japanese);
            Path shownEn = shown(projectRoot, english);
            return switch (kind) {
                case MISSING -> files > 1 ? TranslationMessages.missingEdition(shownJa, shownEn, files)
                        : TranslationMessages.missing(shownJa, shownEn, hash);
                case STALE -> TranslationMessages.stale(shownJa, shownEn, hash);
                case UNRECORDED -> TranslationMessages.unrecorded(shownEn);
                case MISPLACED -> TranslationMessages.misplaced(shownEn, id, shownJa, shown(projectRoot, home),
                        Files.isRegularFile(home));
                case UNMATCHED -> TranslationMessages.unmatched(shownEn, id, shownJa);
            };
        }

        private static Path shown(Path root, Path file) {
            Path absolute = file.toAbsolutePath().normalize();
            Path base = root.toAbsolutePath().normalize();
            return absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        }
    }

    /** All missing and stale translations under {@code content/wards}, edition by edition, file by file. */
    public List<Item> scan(Path contentDir) throws IOException {
        List<Item> items = new ArrayList<>();
        Path wards = contentDir.resolve(ContentLayout.WARDS);
        if (!Files.isDirectory(wards)) {
            return items;
        }
        try (Stream<Path> wardDirs = Files.list(wards)) {
            for (Path wardDir : wardDirs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> editionDirs = Files.list(wardDir)) {
                    for (Path editionDir : editionDirs.filter(Files::isDirectory).sorted().toList()) {
                        items.addAll(scanEdition(editionDir));
                    }
                }
            }
        }
        return items;
    }

    /** The missing and stale translations of one edition folder ({@code content/wards/izumi/2022}). */
    public List<Item> scanEdition(Path editionDir) throws IOException {
        List<Item> items = new ArrayList<>();
        String ward = editionDir.getParent().getFileName() + "/" + editionDir.getFileName();
        Path ja = editionDir.resolve("ja");
        Path en = editionDir.resolve("en");
        if (!Files.isDirectory(ja)) {
            return items;
        }
        List<Path> japaneseFiles;
        try (Stream<Path> files = Files.walk(ja)) {
            japaneseFiles = files.filter(Files::isRegularFile).sorted().toList();
        }
        if (!Files.isDirectory(en)) {
            items.add(new Item(ward, ja, en, Item.Kind.MISSING, japaneseFiles.size(), ""));
            return items;
        }
        TranslationPlaces places = new TranslationPlaces(ja);
        List<Path> missing = new ArrayList<>();
        Set<Path> awaited = new HashSet<>();
        for (Path jaFile : japaneseFiles) {
            String relative = ja.relativize(jaFile).toString().replace('\\', '/');
            Path enFile = en.resolve(relative);
            TranslationPlaces.Japanese own = places.japanese(relative);
            String hash = own.hash();
            if (!Files.isRegularFile(enFile)) {
                missing.add(jaFile);
                continue;
            }
            Optional<String> recorded = recordedHash(enFile);
            String text = new String(Files.readAllBytes(enFile), StandardCharsets.UTF_8);
            TranslationPlaces.Place place = places.place(relative, own, TranslationPlaces.recordedId(text),
                    recorded.orElse(""));
            if (place.kind() == TranslationPlaces.Place.Kind.ELSEWHERE) {
                awaited.add(ja.resolve(place.japanese()));
                items.add(new Item(ward, ja.resolve(place.japanese()), enFile, Item.Kind.MISPLACED, 1, hash,
                        place.id(), en.resolve(place.japanese())));
            } else if (place.kind() == TranslationPlaces.Place.Kind.GONE) {
                items.add(new Item(ward, jaFile, enFile, Item.Kind.UNMATCHED, 1, hash, place.id(), null));
            } else if (recorded.isEmpty()) {
                items.add(new Item(ward, jaFile, enFile, Item.Kind.UNRECORDED, 1, hash));
            } else if (!recorded.get().equals(hash)) {
                items.add(new Item(ward, jaFile, enFile, Item.Kind.STALE, 1, hash));
            }
        }
        for (Path jaFile : missing) {
            if (!awaited.contains(jaFile)) {  // a misplaced English file of this one is named already
                Path enFile = en.resolve(ja.relativize(jaFile).toString());
                items.add(new Item(ward, jaFile, enFile, Item.Kind.MISSING, 1, places.japanese(
                        ja.relativize(jaFile).toString().replace('\\', '/')).hash()));
            }
        }
        items.sort(Comparator.comparing((Item i) -> i.english().toString()));
        return items;
    }

    /** The hash an English file records, or empty when it records none. */
    public static Optional<String> recordedHash(Path englishFile) throws IOException {
        // decoded leniently: a file that is not UTF-8 is reported by the content check, with its line
        return recordedHashOf(new String(Files.readAllBytes(englishFile), StandardCharsets.UTF_8));
    }

    /** The hash an English text records, or empty when it records none. */
    public static Optional<String> recordedHashOf(String englishText) {
        Matcher m = SOURCE_HASH_LINE.matcher(englishText);
        return m.find() && m.group(1) != null ? Optional.of(m.group(1)) : Optional.empty();
    }
}
