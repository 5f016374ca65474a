package org.hoshin.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoshin.content.ContentException;
import org.hoshin.data.EditionDataBuilder;
import org.hoshin.data.InitiativesCsv;

/**
 * {@code <lang>/data/}: the open-data files with their sizes, what each CSV column and JSON field holds, where the
 * data comes from and how to cite it. Runs after {@link DataFiles}, whose output it lists.
 */
final class DataPage implements PageGenerator {

    /** A file in the list; {@code kind} picks its description (json, csv, schema). */
    record DataFile(String name, String kind, String size) {
    }

    /** A CSV column with its explanation. */
    record Column(String name, String description) {
    }

    @Override
    public void generate(SiteContext site) throws ContentException {
        for (String lang : SiteBuilder.LANGUAGES) {
            List<DataFile> files = new ArrayList<>();
            site.tree().sizes().forEach((path, size) -> {
                if (path.startsWith(DataFiles.DIR)) {
                    String name = path.substring(DataFiles.DIR.length());
                    files.add(new DataFile(name, kind(name), size(size)));
                }
            });
            List<Column> columns = InitiativesCsv.COLUMNS.stream()
                    .map(c -> new Column(c, site.messages(lang).get("data_col_" + c))).toList();
            site.page(lang, "data/", "pages/data", Map.of("files", files, "columns", columns,
                    "csv", InitiativesCsv.FILE, "schema", EditionDataBuilder.SCHEMA_FILE));
        }
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
