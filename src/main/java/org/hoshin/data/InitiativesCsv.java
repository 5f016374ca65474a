package org.hoshin.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hoshin.routes.Routes;

/**
 * All initiatives of all wards and editions as one CSV ({@code data/initiatives.csv}), one row per initiative, both
 * languages side by side. UTF-8 with a byte-order mark, because Excel otherwise reads Japanese CSV as Shift_JIS;
 * CRLF line ends as RFC 4180 asks. Written by Jackson, so quoting is always right. A cell a spreadsheet would run
 * as a formula is prefixed with a single quote (see {@link SpreadsheetCells}).
 */
public final class InitiativesCsv {

    public static final String FILE = Routes.INITIATIVES_CSV;

    /** The columns, in order; the data page explains each. */
    public static final List<String> COLUMNS = List.of("ward_id", "ward_ja", "ward_en", "fiscal_year",
            "fiscal_year_ja", "pillar_id", "pillar_number", "pillar_title_ja", "pillar_title_en", "initiative_id",
            "title_ja", "title_en", "program_ja", "program_en", "text_ja", "text_en", "themes", "translation_en",
            "url_ja", "url_en");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private InitiativesCsv() {
    }

    /** The schema readers and writers of the file share: header row, the columns above, CRLF. */
    public static CsvSchema schema() {
        CsvSchema.Builder builder = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(builder::addColumn);
        return builder.build();
    }

    /** The file's bytes for {@code editions}, in the order given. */
    public static byte[] write(List<EditionData> editions) {
        List<List<String>> rows = new ArrayList<>();
        for (EditionData e : editions) {
            for (EditionData.PillarData p : e.pillars()) {
                for (EditionData.InitiativeData i : p.initiatives()) {
                    rows.add(Stream.of(e.ward().id(), e.ward().ja(), e.ward().en(),
                            Integer.toString(e.fiscalYear().start()), e.fiscalYear().ja(), p.id(),
                            Integer.toString(p.number()), p.title().ja(), orEmpty(p.title().en()), i.id(),
                            i.title().ja(), orEmpty(i.title().en()), i.program().ja(), orEmpty(i.program().en()),
                            i.text().ja().plain(), i.text().en() == null ? "" : i.text().en().plain(),
                            String.join(" ", i.themes()), i.translation(), i.urls().ja(), i.urls().en())
                            .map(SpreadsheetCells::neutralise).toList());
                }
            }
        }
        try {
            byte[] text = new CsvMapper().writer(schema()).writeValueAsString(rows).getBytes(StandardCharsets.UTF_8);
            byte[] file = new byte[BOM.length + text.length];
            System.arraycopy(BOM, 0, file, 0, BOM.length);
            System.arraycopy(text, 0, file, BOM.length, text.length);
            return file;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("writing CSV in memory cannot fail", e);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
