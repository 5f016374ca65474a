package org.hoshin.seed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the characters of one PDF page into reading order: rows of characters sharing a baseline, rows cut into
 * segments at wide gaps, and runs of rows that share an empty vertical strip (a gutter) read either as columns,
 * one after the other, or as a table, one row at a time with its cells separated by tabs (the form
 * {@link LineClassifier} reads as a table row). Ruby (small characters set just above others) is dropped.
 *
 * <p>Every distance is measured in font sizes, so the same rules hold for any page size or type size. Work is
 * linear in the characters of the page after one sort, whatever the layout.
 */
final class PdfPageLayout {

    /** A gap at least this many font sizes wide separates columns or table cells, never words. */
    private static final double GUTTER = 1.2;
    /** Characters at most this fraction of the size of those just below them are ruby. */
    private static final double RUBY = 0.65;
    /** Characters whose baselines differ by less than this many font sizes are on one row. */
    private static final double SAME_ROW = 0.35;
    /** Two columns each at least this share of the block's width are text columns; anything else is a table. */
    private static final double COLUMN_SHARE = 0.3;
    /** Rows this many font sizes apart, at most, still continue the left column above them. */
    private static final double LEFT_FOOT = 6;
    /** A text column is at least this many characters wide; narrower strips are a table's cells. */
    private static final double NARROWEST_COLUMN = 8;
    /** A gutter between text columns is this much wider than any gap between table cells beside it. */
    private static final double WIDER_GUTTER = 1.2;
    /** Baselines further apart than this many font sizes have a blank line between them. */
    private static final double BLANK_LINE = 1.9;
    /** Rows further apart than this many font sizes (no text in any column between) never share a gutter. */
    private static final double APART = 3.5;
    /** Table rows are separated by more than this share of the closest line pitch of the table. */
    private static final double ROW_BREAK = 1.2;
    /** A line this far (in line pitches) from a table is not part of it. */
    private static final double OUTSIDE_TABLE = 1.75;

    private final int page;
    private final double height;

    /**
     * @param page   the page number (1-based)
     * @param height the page's height, to tell its top and bottom margins where page numbers are printed
     */
    PdfPageLayout(int page, double height) {
        this.page = page;
        this.height = height;
    }

    /** The page's lines in reading order, page numbers left out. */
    List<PdfLine> lines(List<PdfGlyph> glyphs) {
        List<Row> rows = withoutRuby(rows(glyphs));
        rows.removeIf(row -> PageNumbers.isPageNumber(row.line(page, 0).text(), row.y(), height));
        List<PdfLine> lines = new ArrayList<>();
        layout(rows, false, lines);
        return markBlankLines(lines);
    }

    private static List<Row> rows(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::y).thenComparingDouble(PdfGlyph::x));
        List<Row> rows = new ArrayList<>();
        List<PdfGlyph> current = new ArrayList<>();
        double baseline = 0;
        double size = 0;
        for (PdfGlyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.y() - baseline) > SAME_ROW * Math.max(size, g.size())) {
                rows.add(Row.of(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = g.y();
                size = g.size();
            }
            current.add(g);
            size = Math.max(size, g.size());
        }
        if (!current.isEmpty()) {
            rows.add(Row.of(current));
        }
        rows.removeIf(r -> r.segments().isEmpty());
        return rows;
    }

    /** Drops rows of small characters that sit just above larger ones (furigana). */
    private static List<Row> withoutRuby(List<Row> rows) {
        List<Row> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Row below = i + 1 < rows.size() ? rows.get(i + 1) : null;
            List<Segment> text = row.segments().stream().filter(s -> below == null || s.size() > RUBY * below.size()
                    || below.y() - row.y() > 1.3 * below.size() || !below.covers(s.left(), s.right())).toList();
            if (!text.isEmpty()) {
                kept.add(new Row(text, row.y(), text.stream().mapToDouble(Segment::size).max().orElse(0)));
            }
        }
        return kept;
    }

    /** Lays out {@code rows} (a page, or one column of it) into {@code out}. */
    private void layout(List<Row> rows, boolean inColumn, List<PdfLine> out) {
        double right = rows.stream().mapToDouble(Row::right).max().orElse(0);
        int start = 0;
        while (start < rows.size()) {
            List<Interval> free = rows.get(start).free();
            int end = start + 1;
            while (end < rows.size() && rows.get(end).y() - rows.get(end - 1).y() <= APART * rows.get(end).size()) {
                List<Interval> own = rows.get(end).free();
                List<Interval> next = Interval.intersect(free, own);
                double least = GUTTER * rows.get(end).size();
                long gutters = next.stream().filter(gap -> gap.isGutter(least)).count();
                boolean titleAbove = end == start + 1 && rows.get(start).segments().size() == 1
                        && gutters < own.stream().filter(gap -> gap.isGutter(least)).count();
                if (gutters == 0 || titleAbove) {
                    break;
                }
                free = next;
                end++;
            }
            start = block(rows, start, end, free, inColumn ? right : Double.NaN, out);
        }
    }

    /** Lays out the rows from {@code start} to {@code end} (and below, for a left column that goes on); returns where it stopped. */
    private int block(List<Row> page, int start, int end, List<Interval> free, double columnRight, List<PdfLine> out) {
        List<Row> rows = page.subList(start, end);
        double left = rows.stream().mapToDouble(Row::left).min().orElse(0);
        double right = rows.stream().mapToDouble(Row::right).max().orElse(0);
        List<Double> cuts = new ArrayList<>();
        Interval widest = null;
        for (Interval gap : free) {
            if (gap.isGutter(0) && gap.from() > left && gap.to() < right) {
                cuts.add((gap.from() + gap.to()) / 2);
                widest = widest == null || gap.width() > widest.width() ? gap : widest;
            }
        }
        if (cuts.isEmpty() || rows.size() == 1) {
            rows.forEach(r -> out.add(r.line(this.page, columnRight)));
            return end;
        }
        double cut = (widest.from() + widest.to()) / 2;
        boolean clearlyWidest = true;
        for (Interval gap : free) {
            if (gap != widest && gap.isGutter(0) && gap.width() * WIDER_GUTTER > widest.width()) {
                clearlyWidest = gap.from() <= left || gap.to() >= right;
            }
        }
        double size = rows.stream().mapToDouble(Row::size).max().orElse(0);
        boolean columns = clearlyWidest && cut - left >= COLUMN_SHARE * (right - left)
                && right - cut >= COLUMN_SHARE * (right - left)
                && cut - left >= NARROWEST_COLUMN * size && right - cut >= NARROWEST_COLUMN * size;
        if (columns) {
            int last = leftColumnGoesOn(page, end, cut);
            split(page.subList(start, last), List.of(cut)).forEach(part -> layout(part, true, out));
            return last;
        }
        table(rows, cuts, columnRight, out);
        return end;
    }

    /**
     * Where the left column ends: rows just below two columns that lie wholly left of the gutter (a table row or a
     * line the typesetter put at the foot of the left column) are read with the left column, before the right one.
     */
    private static int leftColumnGoesOn(List<Row> page, int end, double cut) {
        int last = end;
        while (last < page.size() && page.get(last).right() < cut
                && page.get(last).y() - page.get(last - 1).y() <= LEFT_FOOT * page.get(last).size()) {
            last++;
        }
        return last;
    }

    /** The rows of each strip between the cuts, each keeping only its segments in that strip. */
    private static List<List<Row>> split(List<Row> rows, List<Double> cuts) {
        List<List<Row>> parts = new ArrayList<>();
        for (int p = 0; p <= cuts.size(); p++) {
            parts.add(new ArrayList<>());
        }
        for (Row row : rows) {
            List<List<Segment>> bySide = new ArrayList<>();
            for (int p = 0; p <= cuts.size(); p++) {
                bySide.add(new ArrayList<>());
            }
            for (Segment s : row.segments()) {
                bySide.get(strip(cuts, s)).add(s);
            }
            for (int p = 0; p <= cuts.size(); p++) {
                if (!bySide.get(p).isEmpty()) {
                    parts.get(p).add(new Row(bySide.get(p), row.y(), row.size()));
                }
            }
        }
        return parts;
    }

    private static int strip(List<Double> cuts, Segment s) {
        double middle = (s.left() + s.right()) / 2;
        int p = 0;
        while (p < cuts.size() && middle > cuts.get(p)) {
            p++;
        }
        return p;
    }

    /**
     * A table: rows separated by more space than the lines of one wrapped cell, cells by the cuts. A line well
     * apart from the table above or below it that fills only the first strip (its title, a note after it) is read
     * as a line of its own.
     */
    private void table(List<Row> rows, List<Double> cuts, double columnRight, List<PdfLine> out) {
        double pitch = Double.MAX_VALUE;
        double widest = 0;
        for (int i = 1; i < rows.size(); i++) {
            double d = rows.get(i).y() - rows.get(i - 1).y();
            pitch = Math.min(pitch, d);
            widest = Math.max(widest, d);
        }
        int first = 0;
        int last = rows.size() - 1;
        while (first < last && onlyFirstStrip(rows.get(first), cuts)
                && rows.get(first + 1).y() - rows.get(first).y() > OUTSIDE_TABLE * pitch) {
            out.add(rows.get(first++).line(page, columnRight));
        }
        List<Row> trailing = new ArrayList<>();
        while (last > first && onlyFirstStrip(rows.get(last), cuts)
                && rows.get(last).y() - rows.get(last - 1).y() > OUTSIDE_TABLE * pitch) {
            trailing.add(0, rows.get(last--));
        }
        boolean everyRowSingle = widest <= ROW_BREAK * pitch;
        int fullRow = filledStrips(rows.get(first), cuts);
        List<StringBuilder> cells = null;
        boolean[] spaced = new boolean[cuts.size() + 1];
        Row opened = null;
        for (int i = first; i <= last; i++) {
            Row row = rows.get(i);
            boolean newRow = cells == null || (everyRowSingle ? filledStrips(row, cuts) >= fullRow
                    : row.y() - rows.get(i - 1).y() > ROW_BREAK * pitch);
            if (newRow) {
                if (cells != null) {
                    out.add(tableLine(cells, opened));
                }
                cells = new ArrayList<>();
                for (int p = 0; p <= cuts.size(); p++) {
                    cells.add(new StringBuilder());
                }
                opened = row;
            }
            for (Segment s : row.segments()) {
                int strip = strip(cuts, s);
                StringBuilder cell = cells.get(strip);
                String joined = spaced[strip] && !cell.isEmpty() ? cell + " " + s.text()
                        : JapaneseText.join(cell.toString(), s.text());
                cell.setLength(0);
                cell.append(joined);
                spaced[strip] = s.endsInSpace();
            }
        }
        if (cells != null) {
            out.add(tableLine(cells, opened));
        }
        trailing.forEach(r -> out.add(r.line(page, columnRight)));
    }

    /**
     * How many cells of a table row hold text. Where every line of a table is one pitch apart, a line filling fewer
     * cells than the table's first goes on that row (its cells wrapped); otherwise each line is a row.
     */
    private static int filledStrips(Row row, List<Double> cuts) {
        return (int) row.segments().stream().mapToInt(s -> strip(cuts, s)).distinct().count();
    }

    private static boolean onlyFirstStrip(Row row, List<Double> cuts) {
        return row.segments().stream().allMatch(s -> strip(cuts, s) == 0);
    }

    private PdfLine tableLine(List<StringBuilder> cells, Row row) {
        String text = String.join("\t", cells.stream().map(StringBuilder::toString).toList());
        return new PdfLine(text, page, row.y(), row.left(), row.right(), row.size(), Double.NaN, false, false, true);
    }

    /** Marks lines that follow a vertical gap wider than a line: the blank lines of the text. */
    private static List<PdfLine> markBlankLines(List<PdfLine> lines) {
        List<PdfLine> marked = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            boolean gap = i > 0 && line.y() - lines.get(i - 1).y() > BLANK_LINE * line.size();
            marked.add(line.withGapBefore(gap));
        }
        return marked;
    }

    /** An empty horizontal stretch of a row or block. */
    private record Interval(double from, double to) {

        /** True when text lies on both sides and the gap is at least {@code least} wide. */
        double width() {
            return to - from;
        }

        boolean isGutter(double least) {
            return Double.isFinite(from) && Double.isFinite(to) && to - from >= least;
        }

        static List<Interval> intersect(List<Interval> a, List<Interval> b) {
            List<Interval> result = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < a.size() && j < b.size()) {
                double from = Math.max(a.get(i).from(), b.get(j).from());
                double to = Math.min(a.get(i).to(), b.get(j).to());
                if (to - from > 0) {
                    result.add(new Interval(from, to));
                }
                if (a.get(i).to() < b.get(j).to()) {
                    i++;
                } else {
                    j++;
                }
            }
            return result;
        }
    }

    /** Characters of a row with no gap of a gutter's width between them. */
    private record Segment(String text, double left, double right, double size, boolean endsInSpace) {

        /**
         * @param drawnSpaces how many space characters the PDF drew before a glyph: that many spaces, however wide a
         *                    justified line made them; where none was drawn, the gap tells
         */
        static Segment of(List<PdfGlyph> glyphs, Map<PdfGlyph, Integer> drawnSpaces, boolean endsInSpace) {
            StringBuilder text = new StringBuilder();
            double size = 0;
            PdfGlyph previous = null;
            for (PdfGlyph g : glyphs) {
                if (previous != null) {
                    int drawn = drawnSpaces.getOrDefault(g, 0);
                    text.append(" ".repeat(drawn > 0 ? drawn : spaces(previous, g)));
                }
                text.append(g.text());
                size = Math.max(size, g.size());
                previous = g;
            }
            return new Segment(text.toString(), glyphs.get(0).x(), glyphs.get(glyphs.size() - 1).right(), size,
                    endsInSpace);
        }

        /** How many spaces the gap between two characters stands for (a PDF often draws none). */
        private static int spaces(PdfGlyph a, PdfGlyph b) {
            double gap = b.x() - a.right();
            double space = a.spaceWidth() > 0 ? a.spaceWidth() : 0.3 * a.size();
            if (gap < Math.max(0.5 * space, 0.15 * a.size())) {
                return 0;
            }
            return (int) Math.max(1, Math.round(gap / space));
        }
    }

    /** Characters sharing a baseline, cut into segments at gutter-wide gaps. */
    private record Row(List<Segment> segments, double y, double size) {

        static Row of(List<PdfGlyph> glyphs) {
            List<PdfGlyph> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparingDouble(PdfGlyph::x));
            List<Segment> segments = new ArrayList<>();
            List<PdfGlyph> current = new ArrayList<>();
            double y = 0;
            double size = 0;
            boolean trailingSpace = false;
            Map<PdfGlyph, Integer> drawnSpaces = new IdentityHashMap<>();
            int spaces = 0;
            for (PdfGlyph g : sorted) {
                size = Math.max(size, g.size());
                if (g.isSpace()) {
                    trailingSpace = !current.isEmpty();
                    spaces++;
                    continue;
                }
                PdfGlyph last = current.isEmpty() ? null : current.get(current.size() - 1);
                if (last != null && g.x() - last.right() >= GUTTER * Math.max(g.size(), last.size())) {
                    segments.add(Segment.of(current, drawnSpaces, trailingSpace));
                    current = new ArrayList<>();
                } else if (last != null && spaces > 0) {
                    drawnSpaces.put(g, spaces);
                }
                trailingSpace = false;
                spaces = 0;
                current.add(g);
                y = g.y();
            }
            if (!current.isEmpty()) {
                segments.add(Segment.of(current, drawnSpaces, trailingSpace));
            }
            return new Row(segments, y, size);
        }

        double left() {
            return segments.get(0).left();
        }

        double right() {
            return segments.get(segments.size() - 1).right();
        }

        /** The gaps between segments (and open ends) a gutter could run through. */
        List<Interval> free() {
            List<Interval> free = new ArrayList<>();
            double from = Double.NEGATIVE_INFINITY;
            for (Segment s : segments) {
                if (s.left() - from >= GUTTER * size) {
                    free.add(new Interval(from, s.left()));
                }
                from = s.right();
            }
            free.add(new Interval(from, Double.POSITIVE_INFINITY));
            return free;
        }

        boolean covers(double from, double to) {
            return segments.stream().anyMatch(s -> s.left() <= from + size && s.right() >= to - size);
        }

        PdfLine line(int page, double columnRight) {
            StringBuilder text = new StringBuilder();
            for (Segment s : segments) {
                text.append(text.isEmpty() ? "" : " ").append(s.text());
            }
            Segment last = segments.get(segments.size() - 1);
            return new PdfLine(text.toString(), page, y, left(), right(), size, columnRight, false, last.endsInSpace(),
                    false);
        }
    }
}
