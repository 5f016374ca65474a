package org.hoshin.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
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

    /**
     * One edition's rows as they stand in the file (CRLF after each, no header): the preview keeps them per edition
     * and {@link #join}s them on a save, rather than writing every edition's rows again. Jackson quotes each cell
     * by its own characters, so rows written apart are the bytes of rows written together.
     */
    public static byte[] rows(EditionData e) {
        List<List<String>> rows = new ArrayList<>();
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
        return csv(rows);
    }

    /** The whole file from each edition's {@link #rows}, in the order given: byte-order mark, header, rows. */
    public static byte[] join(List<byte[]> editions) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(BOM);
        file.writeBytes(csv(List.of(COLUMNS)));
        editions.forEach(file::writeBytes);
        return file.toByteArray();
    }

    private static byte[] csv(List<List<String>> rows) {
        try {
            return new CsvMapper().writer(schema().withoutHeader()).writeValueAsString(rows)
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("writing CSV in memory cannot fail", e);
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
