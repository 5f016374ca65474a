package org.hoshin.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads one edition folder ({@code wards/izumi/2022/}): its record {@code edition.yaml} (where the text came
 * from), the Japanese policy in {@code ja/} and the English edition in {@code en/} that mirrors it. The folder's
 * name is the fiscal year, so the year is written in one place only.
 */
final class EditionReader {

    private static final Set<String> EDITION_KEYS = Set.of("source");
    private static final Set<String> SOURCE_KEYS = Set.of("file", "sha256", "url");
    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s\"<>]+");

    private final UnaryOperator<Path> display;
    private final YamlReader yaml;

    EditionReader(UnaryOperator<Path> display, YamlReader yaml) {
        this.display = display;
        this.yaml = yaml;
    }

    Edition read(YokohamaWards.Entry ward, Path editionDir) throws ContentException {
        List<ContentError> errors = new ArrayList<>();
        FiscalYear year = fiscalYear(editionDir, errors);
        Path file = editionDir.resolve(ContentLayout.EDITION_FILE);
        Path shown = display.apply(file);
        SourceInfo source = null;
        if (!SafeFiles.isFile(file, shown)) {
            errors.add(ContentError.of(Location.of(display.apply(editionDir)), "editionFolder.noEditionFile"));
        } else {
            source = source(file, shown, errors);
        }
        Policy japanese = null;
        Policy english = null;
        try {
            PolicyReader reader = new PolicyReader(display, yaml);
            japanese = reader.readJapanese(editionDir.resolve("ja"), ward.japaneseWithKu());
            english = reader.forTranslation().readTranslation(editionDir.resolve("ja"), editionDir.resolve("en"),
                    ward.english());
        } catch (ContentException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return new Edition(ward.id(), year, source, japanese, english, Location.of(shown));
    }

    private FiscalYear fiscalYear(Path editionDir, List<ContentError> errors) {
        try {
            return new FiscalYear(Integer.parseInt(editionDir.getFileName().toString()));
        } catch (IllegalArgumentException e) {
            errors.add(ContentError.of(Location.of(display.apply(editionDir)), "editionFolder.yearFolder",
                    editionDir.getFileName()));
            return null;
        }
    }

    private SourceInfo source(Path file, Path shown, List<ContentError> errors) throws ContentException {
        String text = TextFiles.readUtf8(file, shown);
        if (text.isBlank()) {
            errors.add(ContentError.of(new Location(shown, 1, 0), "editionFolder.empty"));
            return null;
        }
        Fields fields = Fields.of(yaml.read(shown, text, 0), EDITION_KEYS, "edition.yaml", errors);
        Fields source = fields.nested("source", SOURCE_KEYS);
        String url = source.optional("url");
        if (!url.isEmpty() && !WEB_URL.matcher(url).matches()) {
            errors.add(ContentError.of(source.locationOf("url"), "editionFolder.sourceUrl"));
        }
        return new SourceInfo(source.required("file"), source.required("sha256"), url);
    }
}
