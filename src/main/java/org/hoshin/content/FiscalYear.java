package org.hoshin.content;

/**
 * A Japanese fiscal year (年度), which runs from 1 April to 31 March of the next year.
 * Stored in Gregorian form, as government open-data guidance asks; the era form is derived for display.
 *
 * @param start the Gregorian year in which the fiscal year starts (令和4年度 = 2022)
 */
public record FiscalYear(int start) {

    private static final int REIWA_START = 2019;
    private static final int HEISEI_OFFSET = 1988;
    private static final int REIWA_OFFSET = 2018;

    public FiscalYear {
        if (start < 1989 || start > 2200) {
            throw new IllegalArgumentException("fiscal year out of range: " + start);
        }
    }

    /** The era form with half-width digits, e.g. 令和4年度; 令和元年度 for FY2019. */
    public String japanese() {
        if (start >= REIWA_START) {
            int n = start - REIWA_OFFSET;
            return "令和" + (n == 1 ? "元" : Integer.toString(n)) + "年度";
        }
        int n = start - HEISEI_OFFSET;
        return "平成" + (n == 1 ? "元" : Integer.toString(n)) + "年度";
    }

    /** The short English form, e.g. FY2022. */
    public String english() {
        return "FY" + start;
    }

    /** The span in English, e.g. April 2022 – March 2023. */
    public String englishSpan() {
        return "April " + start + " – March " + (start + 1);
    }

    /** ISO start date, for machine-readable markup. */
    public String isoStart() {
        return start + "-04-01";
    }

    /** ISO end date, for machine-readable markup. */
    public String isoEnd() {
        return (start + 1) + "-03-31";
    }
}
