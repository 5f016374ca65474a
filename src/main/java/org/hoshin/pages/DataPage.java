package org.hoshin.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hoshin.content.ContentException;
import org.hoshin.content.FiscalYear;
import org.hoshin.content.Lang;
import org.hoshin.content.YokohamaWards;
import org.hoshin.data.EditionDataBuilder;
import org.hoshin.data.InitiativesCsv;
import org.hoshin.routes.Routes;

/**
 * {@code <lang>/data/}: the open-data files with their sizes, what each CSV column and JSON field holds, where the
 * data comes from and how to cite it. Runs after {@link DataFiles}, whose output it lists.
 */
final class DataPage implements PageGenerator {

    /**
     * A file in the list; {@code kind} picks its description (json, csv, schema). {@code nameParts} is its name cut
     * after each dot and hyphen, where a narrow column may break it ({@code edition.|schema.|json}); {@code label}
     * says in the page's language what the romanised name stands for (泉区 令和4年度).
     */
    record DataFile(String name, String kind, String size, List<String> nameParts, String label) {
    }

    /** Where a file name may break: after a dot or hyphen. */
    private static final Pattern BREAK = Pattern.compile("(?<=[.-])");

    /** A CSV column with its explanation. */
    record Column(String name, String description) {
    }

    @Override
    public void generate(SiteContext site) throws ContentException {
        for (Lang lang : Lang.ALL) {
            List<DataFile> files = new ArrayList<>();
            site.tree().sizes().forEach((path, size) -> {
                if (path.startsWith(Routes.dataFile(""))) {
                    String name = path.substring(Routes.dataFile("").length());
                    files.add(new DataFile(name, kind(name), size(size), List.of(BREAK.split(name)),
                            label(name, lang, site.messages(lang))));
                }
            });
            files.sort(Comparator.comparingInt((DataFile f) -> order(f.name())));
            List<Column> columns = InitiativesCsv.COLUMNS.stream()
                    .map(c -> new Column(c, site.messages(lang).get("data_col_" + c))).toList();
            site.page(lang, Routes.dataPage(), "pages/data", Map.of("files", files, "columns", columns,
                    "csv", InitiativesCsv.FILE, "schema", EditionDataBuilder.SCHEMA_FILE));
        }
    }

    /** What a file name stands for in {@code lang}: an edition's ward and fiscal year, or the file's role. */
    private static String label(String name, Lang lang, Map<String, String> messages) {
        Optional<Routes.EditionDataFile> edition = Routes.editionDataOf(name);
        if (edition.isPresent()) {
            Optional<YokohamaWards.Entry> ward = YokohamaWards.byId(edition.get().wardId());
            if (ward.isPresent()) {
                FiscalYear year = new FiscalYear(edition.get().year());
                return lang.isJapanese() ? ward.get().japaneseWithKu() + " " + year.japanese()
                        : ward.get().english() + ", " + year.english();
            }
        }
        return messages.get("data_label_" + kind(name));
    }

    /** Editions' files in the city's ward order (then by year, as the sort is stable), the others after them. */
    private static int order(String name) {
        return Routes.editionDataOf(name).map(e -> YokohamaWards.order(e.wardId()))
                .orElse(YokohamaWards.all().size() + 1);
    }

    private static String kind(String name) {
        if (name.equals(EditionDataBuilder.SCHEMA_FILE)) {
            return "schema";
        }
        return name.endsWith(".csv") ? "csv" : "json";
    }

    /** "12.3 KB" (both languages write sizes the same way). */
    static String size(int bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
