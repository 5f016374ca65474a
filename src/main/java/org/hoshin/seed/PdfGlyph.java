package org.hoshin.seed;

/**
 * One character drawn on a PDF page, in page coordinates measured from the top left (y grows downwards).
 *
 * @param text       the character (a glyph may stand for more than one code point, e.g. a ligature)
 * @param x          left edge
 * @param y          baseline
 * @param width      advance width
 * @param size       font size in points, the unit every distance of the layout is measured in
 * @param spaceWidth the width of a space in this font and size, to tell how many spaces a gap stands for
 */
record PdfGlyph(String text, double x, double y, double width, double size, double spaceWidth) {

    double right() {
        return x + width;
    }

    boolean isSpace() {
        return text.isBlank() && !text.contains("\u3000");
    }
}
