package org.hoshin.seed;

import java.util.Optional;
import org.hoshin.content.FiscalYear;
import org.hoshin.content.YokohamaWards;

/**
 * A policy title as found in a seed, where the ward may be missing: the city's web pages title some years just
 * 「令和2年度運営方針」, so the importer has to ask for the ward (--ward) instead of guessing it.
 *
 * @param ward       the ward named in the title, or empty when the title names none
 * @param fiscalYear the fiscal year
 * @param title      the title as written
 */
public record SeedTitle(Optional<YokohamaWards.Entry> ward, FiscalYear fiscalYear, String title) {

    /** The header for this title with the ward the user named (used when the title names none). */
    public SeedHeader withWard(YokohamaWards.Entry given) {
        return new SeedHeader(given, fiscalYear, title);
    }

    /** The header when the title names its ward. */
    public Optional<SeedHeader> header() {
        return ward.map(this::withWard);
    }
}
