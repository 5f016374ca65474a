package org.hoshin.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One ward edition as open data ({@code data/<ward>-<year>.json}): everything its page shows, structured, in both
 * languages. The shape is described by {@code data/edition.schema.json}; {@code en} values are null where the
 * English translation is missing (the page then shows the Japanese).
 *
 * @param schema      address of the JSON Schema this file follows
 * @param format      version of this format; raised on incompatible changes
 * @param ward        the ward
 * @param fiscalYear  the fiscal year
 * @param title       the document title
 * @param goal        the basic goal (基本目標)
 * @param goalText    the text explaining the goal
 * @param translation state of the English main file: current, stale or missing
 * @param urls        the edition's pages
 * @param source      where the text comes from
 * @param pillars     the policy pillars with their initiatives
 * @param management  the organisational-management items
 * @param columns     the columns
 */
@JsonPropertyOrder({"$schema"})
public record EditionData(@JsonProperty("$schema") String schema, int format, WardData ward,
                          FiscalYearData fiscalYear, Localized<String> title, Localized<String> goal,
                          Localized<Text> goalText, String translation, Localized<String> urls, SourceData source,
                          List<PillarData> pillars, List<SectionData> management, List<SectionData> columns) {

    /** A value in Japanese and English; {@code en} is null where there is no translation. */
    public record Localized<T>(T ja, T en) {
    }

    /** Text as plain text (what a reader sees) and as the Markdown it is written in. */
    public record Text(String plain, String markdown) {
    }

    /** The ward: id, names, office site. */
    public record WardData(String id, String ja, String en, String officeUrl) {
    }

    /** The fiscal year: Gregorian start, era and English labels, ISO dates. */
    public record FiscalYearData(int start, String ja, String en, String startDate, String endDate) {
    }

    /** Provenance: the seed file, its SHA-256, the city's page or PDF (or null) and the ward office's site. */
    public record SourceData(String file, String sha256, String url, String officeUrl) {
    }

    /** A policy pillar. */
    public record PillarData(String id, int number, Localized<String> title, Localized<Text> summary,
                             Localized<List<String>> captions, String translation, Localized<String> urls,
                             List<InitiativeData> initiatives) {
    }

    /** An initiative: program name, text, captions, theme ids and the addresses of its anchors. */
    public record InitiativeData(String id, Localized<String> title, Localized<String> program,
                                 Localized<Text> text, Localized<List<String>> captions, List<String> themes,
                                 String translation, Localized<String> urls) {
    }

    /** A management item or a column. */
    public record SectionData(String id, Localized<String> title, Localized<Text> text,
                              Localized<List<String>> captions, String translation, Localized<String> urls) {
    }
}
