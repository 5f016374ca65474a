package org.hoshin.seed;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes policy-like PDFs with PDFBox for the tests, the way the city's are laid out: A4 pages of one or two
 * columns, justified lines broken inside sentences, a running header, page numbers, ruled tables, boxed blocks
 * and ruby. Text is set in a Japanese TrueType font found on the machine ({@link #FONTS}); {@code bin/test}
 * installs Debian's fonts-ipaexfont-gothic when none is there.
 */
final class TestPdf {

    /** Where Debian's IPAex / IPA / Noto (TrueType outlines) Japanese fonts are installed; HOSHIN_TEST_FONT first. */
    static final List<String> FONTS = List.of(
            "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf",
            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
            "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
            "/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf");

    static final float SIZE = 10.5f;
    private static final float PITCH = SIZE * 1.45f;
    private static final float MARGIN = 56;
    private static final float GUTTER = SIZE * 2.5f;
    private static final float TOP = 90;
    private static final float CELL_PADDING = SIZE * 0.8f;
    /** Characters Japanese typesetting never puts at the start of a line (kinsoku). */
    private static final String NO_LINE_START = "、。，．・：；？！）」』】〕＞ー々…‥";
    private static final float BOTTOM = 760;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final int columns;
    private String header = "";
    private IntFunction<String> footer = n -> "";
    private PDPageContentStream stream;
    private int pageCount;
    private int column;
    private float y;
    private float boxTop = -1;

    TestPdf(int columns) {
        this.columns = columns;
        try {
            font = PDType0Font.load(document, fontFile().toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path fontFile() {
        String chosen = System.getenv("HOSHIN_TEST_FONT");
        List<String> candidates = new ArrayList<>();
        if (chosen != null && !chosen.isBlank()) {
            candidates.add(chosen);
        }
        candidates.addAll(FONTS);
        for (String candidate : candidates) {
            if (Files.isRegularFile(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("no Japanese TrueType font for the PDF tests: install Debian's "
                + "fonts-ipaexfont-gothic (bin/test does) or set HOSHIN_TEST_FONT to a .ttf file");
    }

    TestPdf header(String text) {
        header = text;
        return this;
    }

    /** The page number printed at the foot of page n (1-based). */
    TestPdf footer(IntFunction<String> text) {
        footer = text;
        return this;
    }

    /**
     * The column width: half a character more than a whole number of full-width characters, as on a grid, so a
     * line that is not broken ends short of the edge and only broken (justified) lines reach it.
     */
    float width() {
        float room = (PDRectangle.A4.getWidth() - 2 * MARGIN - GUTTER * (columns - 1)) / columns;
        return (float) Math.floor(room / SIZE - 1) * SIZE + SIZE / 2;
    }

    /** True when {@code text} can be drawn with the font. */
    boolean drawable(String text) {
        try {
            font.encode(text);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A paragraph line of the flowing text, wrapped (and justified) at the column's width. */
    TestPdf line(String text) {
        List<String> pieces = wrap(text.strip(), width());
        for (int i = 0; i < pieces.size(); i++) {
            boolean last = i == pieces.size() - 1;
            String piece = pieces.get(i);
            room(PITCH);
            float x = left();
            float fill = width() - textWidth(piece.stripTrailing(), SIZE);
            boolean justified = !last && piece.strip().length() > 1 && fill <= 2 * SIZE;
            float spacing = justified ? fill / (piece.stripTrailing().length() - 1) : 0;
            show(piece, x, y, SIZE, spacing);
            y += PITCH;
        }
        return this;
    }

    /** An empty line's worth of space. */
    TestPdf blank() {
        if (y > TOP) {
            y += PITCH;
        }
        return this;
    }

    /** A line set in small ruby over the first characters of a line. */
    TestPdf rubyLine(String ruby, String text) {
        room(PITCH * 1.5f);
        y += PITCH * 0.5f;
        show(ruby, left(), y - SIZE * 1.05f, SIZE * 0.5f, 0);
        show(text, left(), y, SIZE, 0);
        y += PITCH;
        return this;
    }

    /** Starts a boxed block (a rectangle is drawn around the lines up to {@link #endBox()}). */
    TestPdf box() {
        room(PITCH * 3);
        boxTop = y - SIZE * 1.3f;
        return this;
    }

    TestPdf endBox() {
        float left = left() - 4;
        float top = boxTop;
        float bottom = y - SIZE * 0.6f;
        draw(s -> s.addRect(left, flip(bottom), width() + 8, bottom - top));
        boxTop = -1;
        y += PITCH * 0.5f;
        return this;
    }

    /** A ruled table; cells wrap inside their column. The first row is the header. */
    TestPdf table(List<List<String>> rows) {
        int cells = rows.stream().mapToInt(List::size).max().orElse(1);
        float[] widths = columnWidths(rows, cells);
        blank();
        for (List<String> row : rows) {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < cells; c++) {
                String cell = c < row.size() ? row.get(c).strip() : "";
                List<String> lines = cell.isEmpty() ? List.of() : wrap(cell, widths[c] - 2 * CELL_PADDING);
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            room(height * PITCH + SIZE);
            float top = y - SIZE * 1.2f;
            float x = left();
            for (int c = 0; c < cells; c++) {
                for (int l = 0; l < wrapped.get(c).size(); l++) {
                    show(wrapped.get(c).get(l), x + CELL_PADDING, y + l * PITCH, SIZE, 0);
                }
                float cellX = x;
                float cellW = widths[c];
                float rowH = height * PITCH + SIZE * 0.6f;
                draw(s -> s.addRect(cellX, flip(top + rowH), cellW, rowH));
                x += widths[c];
            }
            y += height * PITCH + SIZE * 0.6f;
        }
        blank();
        return this;
    }

    private float[] columnWidths(List<List<String>> rows, int cells) {
        float[] longest = new float[cells];
        float total = 0;
        for (int c = 0; c < cells; c++) {
            for (List<String> row : rows) {
                if (c < row.size()) {
                    longest[c] = Math.max(longest[c], Math.max(4, Math.min(30, row.get(c).length())));
                }
            }
            total += longest[c];
        }
        float[] widths = new float[cells];
        for (int c = 0; c < cells; c++) {
            widths[c] = width() * longest[c] / total;
        }
        return widths;
    }

    byte[] bytes() {
        try {
            if (stream == null) {
                newPage();
            }
            stream.close();
            if (pageCount > 1) {
                headersAndFooters();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A seed text (as the importer reads it: a saved web page without its markup) laid out as a PDF: each line a paragraph line of the flow, blank lines as space, tab-separated
     * rows as a ruled table; a run of blank lines is one line's space, as a typesetter leaves it. Characters the font lacks are left out (the test compares against the same text).
     */
    static byte[] fromSeed(String seed, int columns, String header, IntFunction<String> footer) {
        TestPdf pdf = new TestPdf(columns).header(header).footer(footer);
        List<List<String>> table = new ArrayList<>();
        boolean previousBlank = false;
        for (String raw : SeedText.clean(seed).split("\n", -1)) {
            if (raw.contains("\t")) {
                table.add(List.of(raw.strip().split("\t", -1)));
                continue;
            }
            if (!table.isEmpty()) {
                pdf.table(table);
                table = new ArrayList<>();
            }
            if (raw.isBlank()) {
                if (!previousBlank) {
                    pdf.blank();
                }
            } else {
                pdf.line(raw);
            }
            previousBlank = raw.isBlank();
        }
        if (!table.isEmpty()) {
            pdf.table(table);
        }
        return pdf.bytes();
    }

    /**
     * The text as {@link #fromSeed} draws it: without the characters the font lacks, and with one of two
     * characters the font draws with one glyph (its text is then read back as one of them).
     */
    String drawableText(String text) {
        StringBuilder out = new StringBuilder();
        sameGlyph(text).codePoints().forEach(cp -> {
            String c = Character.toString(cp);
            if (c.equals("\n") || c.equals("\t") || drawable(c)) {
                out.append(c);
            }
        });
        return out.toString();
    }

    /** Breaks text into pieces no wider than {@code width}, never inside a run of Latin letters or digits. */
    private List<String> wrap(String text, float width) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && textWidth(text.substring(start, end + 1).stripTrailing(), SIZE) <= width) {
                end++;
            }
            if (end < text.length()) {
                int word = end;
                while (word > start + 1 && (isLatin(text.charAt(word - 1)) && isLatin(text.charAt(word))
                        || NO_LINE_START.indexOf(text.charAt(word)) >= 0)) {
                    word--;
                }
                if (word > start + 1) {
                    end = word;
                }
                while (end < text.length() && text.charAt(end) == ' ') {
                    end++;
                }
            }
            end = Math.max(end, start + 1);
            pieces.add(text.substring(start, end));
            start = end;
        }
        return pieces;
    }

    /** A word of Latin script, a number or an address: never broken. */
    private static boolean isLatin(char c) {
        return c < 0x3000 && !Character.isWhitespace(c);
    }

    private float textWidth(String text, float size) {
        try {
            return font.getStringWidth(keepDrawable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** IPAex draws the wave dash and the full-width tilde with one glyph. */
    private static String sameGlyph(String text) {
        return text.replace('\u301C', '\uFF5E');
    }

    private String keepDrawable(String text) {
        StringBuilder out = new StringBuilder();
        sameGlyph(text).codePoints().forEach(cp -> {
            String c = Character.toString(cp);
            if (drawable(c)) {
                out.append(c);
            }
        });
        return out.toString();
    }

    private float left() {
        return MARGIN + column * (width() + GUTTER);
    }

    /** Moves to the next column or page when {@code needed} does not fit. */
    private void room(float needed) {
        if (stream == null) {
            newPage();
        }
        if (y + needed > BOTTOM) {
            if (boxTop >= 0) {
                endBox();
            }
            if (column + 1 < columns) {
                column++;
                y = TOP;
            } else {
                newPage();
            }
        }
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            pageCount++;
            column = 0;
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The running header and the page numbers, on documents of more than one page (as the city prints them). */
    private void headersAndFooters() throws IOException {
        int n = 0;
        for (PDPage page : document.getPages()) {
            n++;
            stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true);
            if (!header.isEmpty()) {
                show(header, MARGIN, 40, SIZE * 0.9f, 0);
            }
            String number = footer.apply(n);
            if (!number.isEmpty()) {
                show(number, PDRectangle.A4.getWidth() / 2 - textWidth(number, SIZE) / 2, 812, SIZE, 0);
            }
            stream.close();
        }
    }

    private void show(String text, float x, float top, float size, float spacing) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.setCharacterSpacing(spacing);
            stream.newLineAtOffset(x, flip(top));
            stream.showText(keepDrawable(text));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Drawing {
        void on(PDPageContentStream s) throws IOException;
    }

    private void draw(Drawing drawing) {
        try {
            drawing.on(stream);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float flip(float top) {
        return PDRectangle.A4.getHeight() - top;
    }
}
