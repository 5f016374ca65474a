package org.hoshin.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads one ward folder: its {@code ward.yaml} (what stays the same every year) and one {@link Edition} per
 * fiscal-year folder ({@code 2022/}, {@code 2023/}, …).
 */
final class WardReader {

    private static final Set<String> WARD_KEYS = Set.of("id", "office-url");
    private static final Pattern YEAR_FOLDER = Pattern.compile("\\d{4}");
    private static final Pattern OFFICIAL_URL = Pattern.compile("https://[^\\s\"<>]+");

    /**
     * Where the reader gets each edition from: read afresh ({@link #FRESH}), or, in the preview, kept from an
     * earlier read while the edition's folder did not change ({@link WardCache}).
     */
    @FunctionalInterface
    interface Editions {

        /** Every edition read afresh. */
        Editions FRESH = (names, editionDir, fresh) -> fresh.read();

        /** The edition in {@code editionDir}, of the ward {@code names} name; {@code fresh} reads it. */
        Edition edition(YokohamaWards.Entry names, Path editionDir, Fresh fresh) throws ContentException;
    }

    /** Reads one edition afresh. */
    @FunctionalInterface
    interface Fresh {
        Edition read() throws ContentException;
    }

    private final UnaryOperator<Path> display;
    private final YamlReader yaml = new YamlReader();

    WardReader(UnaryOperator<Path> display) {
        this.display = display;
    }

    Ward read(Path wardDir) throws ContentException {
        return read(wardDir, edition -> true);
    }

    /** Reads the ward with only the edition folders {@code editions} accepts. */
    Ward read(Path wardDir, Predicate<Path> include) throws ContentException {
        return read(wardDir, include, Editions.FRESH);
    }

    /** Reads the ward, taking each edition from {@code source} (which may keep an unchanged one). */
    Ward read(Path wardDir, Predicate<Path> include, Editions source) throws ContentException {
        List<ContentError> errors = new ArrayList<>();
        Path wardFile = wardDir.resolve(ContentLayout.WARD_FILE);
        Path shown = display.apply(wardFile);
        if (!SafeFiles.isFile(wardFile, shown)) {
            throw new ContentException(ContentError.of(Location.of(display.apply(wardDir)),
                    "wardFolder.noWardFile"));
        }
        String text = TextFiles.readUtf8(wardFile, shown);
        if (text.isBlank()) {
            throw new ContentException(ContentError.of(new Location(shown, 1, 0), "wardFolder.empty"));
        }
        Fields fields = Fields.of(yaml.read(shown, text, 0), WARD_KEYS, "ward.yaml", errors);
        Optional<YokohamaWards.Entry> names = wardNames(fields, wardDir.getFileName().toString(), errors);
        String officeUrl = officeUrl(fields, errors);
        List<Edition> editions = new ArrayList<>();
        for (Path child : ContentLoader.sortedChildren(wardDir)) {
            String name = child.getFileName().toString();
            if (name.equals(ContentLayout.WARD_FILE)) {
                continue;
            }
            boolean folder = SafeFiles.kind(child, display.apply(child)) == SafeFiles.Kind.DIRECTORY;
            if (!folder || !YEAR_FOLDER.matcher(name).matches()) {
                errors.add(ContentError.of(Location.of(display.apply(child)),
                        folder ? "wardFolder.unexpectedFolder" : "wardFolder.unexpectedFile"));
                continue;
            }
            if (names.isEmpty() || !include.test(child)) {
                continue;
            }
            try {
                YokohamaWards.Entry entry = names.get();
                editions.add(source.edition(entry, child, () -> new EditionReader(display, yaml).read(entry, child)));
            } catch (ContentException e) {
                errors.addAll(e.errors());
            }
        }
        if (errors.isEmpty() && editions.isEmpty()) {
            errors.add(ContentError.of(Location.of(display.apply(wardDir)), "wardFolder.noEdition"));
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return new Ward(names.get().id(), names.get(), officeUrl, editions, Location.of(shown));
    }

    private static Optional<YokohamaWards.Entry> wardNames(Fields fields, String folderName,
                                                           List<ContentError> errors) {
        String id = fields.required("id");
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<YokohamaWards.Entry> entry = YokohamaWards.byId(id);
        if (entry.isEmpty()) {
            errors.add(ContentError.of(fields.locationOf("id"), "wardFolder.unknown", id,
                    String.join(", ", YokohamaWards.all().stream().map(YokohamaWards.Entry::id).toList())));
        } else if (!id.equals(folderName)) {
            errors.add(ContentError.of(fields.locationOf("id"), "wardFolder.folderMismatch", id, folderName));
            return Optional.empty();
        }
        return entry;
    }

    private static String officeUrl(Fields fields, List<ContentError> errors) {
        String url = fields.required("office-url");
        if (!url.isEmpty() && !OFFICIAL_URL.matcher(url).matches()) {
            errors.add(ContentError.of(fields.locationOf("office-url"), "wardFolder.officeUrl"));
        }
        return url;
    }
}
