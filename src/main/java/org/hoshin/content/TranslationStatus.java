package org.hoshin.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares each ward's English files with the Japanese files they translate. An English file names the version it
 * translates with {@code source-sha256:} (the SHA-256 of the Japanese file); when the Japanese file changes, the
 * hash no longer matches and the translation is stale. Works on files alone, so it can run before a build.
 */
public final class TranslationStatus {

    private static final Pattern SOURCE_HASH = Pattern.compile("(?m)^source-sha256:\\s*\"?([0-9a-f]{64})\"?\\s*$");

    /**
     * One translation problem.
     *
     * @param ward     the edition, as {@code ward/year} (izumi/2022)
     * @param japanese the Japanese file
     * @param english  the English file expected beside it
     * @param kind     missing or stale
     * @param files    how many files the item stands for (a ward with no English edition at all is one item)
     */
    public record Item(String ward, Path japanese, Path english, Kind kind, int files) {

        /** Missing: no English file; stale: the Japanese changed since it was translated. */
        public enum Kind { MISSING, STALE }

        public ContentError asError(Path projectRoot) {
            Path shownJa = shown(projectRoot, japanese);
            Path shownEn = shown(projectRoot, english);
            if (kind == Kind.MISSING && files > 1) {
                return new ContentError(Location.of(shownJa), "no English edition yet (" + files
                        + " files to translate)", "add " + shownEn + "/ mirroring the Japanese files");
            }
            return kind == Kind.MISSING
                    ? new ContentError(new Location(shownJa, 1, 0), "no English translation",
                    "add " + shownEn + " with the same keys in English")
                    : new ContentError(new Location(shownEn, 1, 0), "English translation is out of date: "
                    + shownJa + " changed since it was translated",
                    "update the English text, then set source-sha256 to the new hash shown by 'hoshin translations'");
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
                        scanEdition(wardDir.getFileName() + "/" + editionDir.getFileName(), editionDir, items);
                    }
                }
            }
        }
        return items;
    }

    private static void scanEdition(String ward, Path editionDir, List<Item> items) throws IOException {
        Path ja = editionDir.resolve("ja");
        Path en = editionDir.resolve("en");
        if (!Files.isDirectory(ja)) {
            return;
        }
        List<Path> japaneseFiles;
        try (Stream<Path> files = Files.walk(ja)) {
            japaneseFiles = files.filter(Files::isRegularFile).sorted().toList();
        }
        if (!Files.isDirectory(en)) {
            items.add(new Item(ward, ja, en, Item.Kind.MISSING, japaneseFiles.size()));
            return;
        }
        for (Path jaFile : japaneseFiles) {
            Path enFile = en.resolve(ja.relativize(jaFile).toString());
            if (!Files.isRegularFile(enFile)) {
                items.add(new Item(ward, jaFile, enFile, Item.Kind.MISSING, 1));
            } else if (!sourceHashOf(enFile).equals(hashOf(jaFile))) {
                items.add(new Item(ward, jaFile, enFile, Item.Kind.STALE, 1));
            }
        }
    }

    /** The hash an English file must record to say it translates this Japanese file as it is now. */
    public static String hashOf(Path japaneseFile) throws IOException {
        return Sha256.of(Files.readAllBytes(japaneseFile));
    }

    private static String sourceHashOf(Path englishFile) throws IOException {
        Matcher m = SOURCE_HASH.matcher(Files.readString(englishFile));
        return m.find() ? m.group(1) : "";
    }
}
