package org.hoshin.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    private final UnaryOperator<Path> display;
    private final YamlReader yaml = new YamlReader();

    WardReader(UnaryOperator<Path> display) {
        this.display = display;
    }

    Ward read(Path wardDir) throws ContentException {
        List<ContentError> errors = new ArrayList<>();
        Path wardFile = wardDir.resolve(ContentLayout.WARD_FILE);
        Path shown = display.apply(wardFile);
        if (!SafeFiles.isFile(wardFile, shown)) {
            throw new ContentException(new ContentError(Location.of(display.apply(wardDir)),
                    "ward folder has no " + ContentLayout.WARD_FILE,
                    "add ward.yaml with the ward's id and office-url, or remove the folder"));
        }
        String text = TextFiles.readUtf8(wardFile, shown);
        if (text.isBlank()) {
            throw new ContentException(new ContentError(new Location(shown, 1, 0), "the file is empty",
                    "ward.yaml needs the ward's id and office-url"));
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
                errors.add(new ContentError(Location.of(display.apply(child)), "unexpected "
                        + (folder ? "folder" : "file") + " in the ward folder",
                        "a ward folder holds ward.yaml and one folder per fiscal year, named by the Gregorian "
                                + "year it starts (2022 for 令和4年度)"));
                continue;
            }
            if (names.isEmpty()) {
                continue;
            }
            try {
                editions.add(new EditionReader(display, yaml).read(names.get(), child));
            } catch (ContentException e) {
                errors.addAll(e.errors());
            }
        }
        if (errors.isEmpty() && editions.isEmpty()) {
            errors.add(new ContentError(Location.of(display.apply(wardDir)), "the ward has no edition",
                    "add a folder per fiscal year (2022/ with edition.yaml, ja/ and en/), or run 'hoshin import'"));
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
            errors.add(new ContentError(fields.locationOf("id"), "unknown ward '" + id + "'",
                    "use one of: " + String.join(", ", YokohamaWards.all().stream().map(YokohamaWards.Entry::id)
                            .toList())));
        } else if (!id.equals(folderName)) {
            errors.add(new ContentError(fields.locationOf("id"),
                    "ward id '" + id + "' does not match its folder '" + folderName + "'",
                    "rename the folder to " + id + " or fix the id"));
            return Optional.empty();
        }
        return entry;
    }

    private static String officeUrl(Fields fields, List<ContentError> errors) {
        String url = fields.required("office-url");
        if (!url.isEmpty() && !OFFICIAL_URL.matcher(url).matches()) {
            errors.add(new ContentError(fields.locationOf("office-url"), "office-url must be an https:// address",
                    "write the ward office's web address, e.g. https://www.city.yokohama.lg.jp/izumi/"));
        }
        return url;
    }
}
