package org.hoshin.seed;

import java.util.regex.Pattern;

/** Tells page numbers from text: they are dropped from a PDF's text before its lines are put in order. */
final class PageNumbers {

    /** Page numbers as the city prints them: －２－, - 2 -, ― 2 ―, 2/10, 2 / 10, P.2. */
    private static final Pattern PRINTED = Pattern.compile(
            "[－\\-–—―ー]\\s*[0-9０-９]{1,3}\\s*[－\\-–—―ー]|[0-9０-９]{1,3}\\s*[/／]\\s*[0-9０-９]{1,3}"
                    + "|[PpＰｐ]\\s*[.．]?\\s*[0-9０-９]{1,3}");
    private static final Pattern BARE = Pattern.compile("[0-9０-９]{1,3}");
    /** The share of the page height at the top and at the bottom where a bare number is a page number. */
    private static final double MARGIN_SHARE = 0.1;

    private PageNumbers() {
    }

    /** True for a printed page number anywhere, or a bare number in the top or bottom margin. */
    static boolean isPageNumber(String text, double y, double pageHeight) {
        String t = text.strip();
        return PRINTED.matcher(t).matches() || inMargin(y, pageHeight) && BARE.matcher(t).matches();
    }

    /** True for a baseline in the top or bottom margin, where headers, footers and page numbers are printed. */
    static boolean inMargin(double y, double pageHeight) {
        return y < MARGIN_SHARE * pageHeight || y > (1 - MARGIN_SHARE) * pageHeight;
    }
}
