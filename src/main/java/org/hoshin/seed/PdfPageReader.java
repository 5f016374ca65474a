package org.hoshin.seed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the characters of every page of a PDF with their positions. PDFBox's own text output follows the order
 * in which the file draws text, which on the city's designed pages is not the order a reader reads; the
 * positions let {@link PdfPageLayout} find columns, tables and lines itself.
 */
final class PdfPageReader extends PDFTextStripper {

    private final List<List<PdfGlyph>> pages = new ArrayList<>();
    private final List<double[]> sizes = new ArrayList<>();

    /** The glyphs of each page of {@code document}, in page order. */
    static PdfPageReader read(PDDocument document) throws IOException {
        PdfPageReader reader = new PdfPageReader();
        reader.setSortByPosition(false);
        reader.getText(document);
        return reader;
    }

    private PdfPageReader() throws IOException {
        super();
    }

    List<List<PdfGlyph>> pages() {
        return pages;
    }

    /** Width and height of each page. */
    List<double[]> pageSizes() {
        return sizes;
    }

    @Override
    protected void writePage() {
        List<PdfGlyph> glyphs = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition t : article) {
                String text = t.getUnicode();
                double size = Math.abs(t.getFontSizeInPt()) > 0 ? Math.abs(t.getFontSizeInPt()) : t.getHeightDir();
                if (text == null || text.isEmpty() || size <= 0) {
                    continue;
                }
                glyphs.add(new PdfGlyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size,
                        t.getWidthOfSpace()));
            }
        }
        pages.add(glyphs);
        sizes.add(new double[] {getCurrentPage().getMediaBox().getWidth(), getCurrentPage().getMediaBox().getHeight()});
    }
}
