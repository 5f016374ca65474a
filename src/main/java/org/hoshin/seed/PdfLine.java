package org.hoshin.seed;

/**
 * One line of text read from a PDF page, in reading order, with what joining and header detection need to know.
 *
 * @param text        the line as read (cells of a table row separated by tabs)
 * @param page        the page number (1-based)
 * @param y           the baseline of the line on its page (from the top)
 * @param left        the left end of the line's text
 * @param right       the right end of the line's text
 * @param size        the line's font size
 * @param columnRight the right edge of the column the line sits in; {@link Double#NaN} for a line that spans the
 *                    page (its edge is the document's right margin, known only once every page is read)
 * @param gapBefore   true when a vertical gap (a blank line) separates it from the line before
 * @param endsInSpace true when the line's last glyph is a space, so joining it keeps one
 * @param tableRow    true for a table row: never joined to its neighbours
 */
record PdfLine(String text, int page, double y, double left, double right, double size, double columnRight,
               boolean gapBefore, boolean endsInSpace, boolean tableRow) {

    PdfLine withGapBefore(boolean gap) {
        return new PdfLine(text, page, y, left, right, size, columnRight, gap, endsInSpace, tableRow);
    }

    PdfLine withColumnRight(double edge) {
        return new PdfLine(text, page, y, left, right, size, edge, gapBefore, endsInSpace, tableRow);
    }
}
