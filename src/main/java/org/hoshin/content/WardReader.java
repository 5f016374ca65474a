package org.hoshin.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads one ward folder: its {@code ward.yaml}, its Japanese policy and the English edition that mirrors it.
 */
final class WardReader {

    private static final Set<String> WARD_KEYS = Set.of("id", "fiscal-year", "source");
    private static final Set<String> SOURCE_KEYS = Set.of("file", "sha256");

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
                    "add ward.yaml with id, fiscal-year and source, or remove the folder"));
        }
        String text = TextFiles.readUtf8(wardFile, shown);
        if (text.isBlank()) {
            throw new ContentException(new ContentError(new Location(shown, 1, 0), "the file is empty",
                    "ward.yaml needs id, fiscal-year and source"));
        }
        Fields fields = Fields.of(yaml.read(shown, text, 0), WARD_KEYS, "ward.yaml", errors);
        String id = fields.required("id");
        String folderName = wardDir.getFileName().toString();
        if (!id.isEmpty() && YokohamaWards.byId(id).isEmpty()) {
            errors.add(new ContentError(fields.locationOf("id"), "unknown ward '" + id + "'",
                    "use one of: " + String.join(", ", YokohamaWards.all().stream().map(YokohamaWards.Entry::id)
                            .toList())));
        } else if (!id.isEmpty() && !id.equals(folderName)) {
            errors.add(new ContentError(fields.locationOf("id"),
                    "ward id '" + id + "' does not match its folder '" + folderName + "'",
                    "rename the folder to " + id + " or fix the id"));
        }
        FiscalYear year = fiscalYear(fields, errors);
        Fields source = fields.nested("source", SOURCE_KEYS);
        SourceInfo sourceInfo = new SourceInfo(source.required("file"), source.required("sha256"));
        Policy japanese = null;
        Policy english = null;
        try {
            PolicyReader reader = new PolicyReader(display, yaml);
            japanese = reader.readJapanese(wardDir.resolve("ja"));
            english = reader.forTranslation().readTranslation(wardDir.resolve("ja"), wardDir.resolve("en"));
        } catch (ContentException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return new Ward(id, year, sourceInfo, japanese, english, Location.of(shown));
    }

    private static FiscalYear fiscalYear(Fields fields, List<ContentError> errors) {
        String raw = fields.required("fiscal-year");
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return new FiscalYear(Integer.parseInt(raw));
        } catch (IllegalArgumentException e) {
            errors.add(new ContentError(fields.locationOf("fiscal-year"),
                    "invalid fiscal year '" + raw + "'",
                    "write the Gregorian year in which the fiscal year starts, e.g. 2022 for 令和4年度"));
            return null;
        }
    }
}
