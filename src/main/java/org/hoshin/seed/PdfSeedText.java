package org.hoshin.seed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads a policy PDF into a seed text: the lines of every page in reading order ({@link PdfPageLayout}), page
 * numbers and running headers and footers dropped, lines the layout broke inside a sentence joined again, a blank
 * line wherever the page leaves a line's worth of space. The text is what {@link SeedParser} reads from any seed,
 * so a PDF imports exactly as the text extracted from it does.
 */
final class PdfSeedText {

    /** The width of a Latin letter or digit, in font sizes, at least. */
    private static final double HALF_WIDTH = 0.45;
    /** A line whose right end is within this many font sizes of its column's edge was broken by the layout. */
    private static final double FILLS = 0.3;
    /** A line ending inside a web address, which the layout broke where no space was. */
    private static final Pattern BROKEN_ADDRESS = Pattern.compile("https?://[^\\s]*$");
    /** Lines that a layout may break: text, bullets and headings too long for their column. */
    private static final Set<SeedLine.Kind> JOINABLE = EnumSet.of(SeedLine.Kind.TEXT, SeedLine.Kind.BULLET,
            SeedLine.Kind.INITIATIVE, SeedLine.Kind.PILLAR, SeedLine.Kind.COLUMN, SeedLine.Kind.CAPTION,
            SeedLine.Kind.HEADING, SeedLine.Kind.NUMBERED, SeedLine.Kind.SECTION, SeedLine.Kind.SUBHEADING,
            SeedLine.Kind.PART_GOAL, SeedLine.Kind.PART_PILLARS, SeedLine.Kind.PART_MANAGEMENT);

    private final LineClassifier classifier = new LineClassifier();

    /** The seed text of a PDF given as bytes. */
    String read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfPageReader reader = PdfPageReader.read(document);
            List<PdfLine> lines = new ArrayList<>();
            List<PdfLine> margins = new ArrayList<>();
            for (int p = 0; p < reader.pages().size(); p++) {
                double height = reader.pageSizes().get(p)[1];
                for (PdfLine line : new PdfPageLayout(p + 1, height).lines(reader.pages().get(p))) {
                    lines.add(line);
                    if (PageNumbers.inMargin(line.y(), height)) {
                        margins.add(line);
                    }
                }
            }
            double widest = reader.pageSizes().stream().mapToDouble(size -> size[0]).max().orElse(0);
            return text(withoutRunningLines(lines, margins), widest);
        }
    }

    /**
     * Drops running headers and footers: a line in the top or bottom margin of two or more pages with the same
     * words (its numbers aside). A policy title among them is kept once: the importer needs it to know the ward
     * and year. The space between a dropped header and the page's text is no blank line of the text.
     */
    private List<PdfLine> withoutRunningLines(List<PdfLine> lines, List<PdfLine> margins) {
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (PdfLine line : margins) {
            pagesOf.computeIfAbsent(runningKey(line.text()), k -> new HashSet<>()).add(line.page());
        }
        Set<PdfLine> running = new HashSet<>();
        margins.stream().filter(l -> pagesOf.get(runningKey(l.text())).size() >= 2).forEach(running::add);
        Set<String> keptTitles = new HashSet<>();
        List<PdfLine> kept = new ArrayList<>();
        PdfLine dropped = null;
        for (PdfLine line : lines) {
            boolean title = classifier.classify(line.text(), 0).kind() == SeedLine.Kind.TITLE;
            if (!running.contains(line) || title && keptTitles.add(runningKey(line.text()))) {
                boolean gapFromHeader = dropped != null && dropped.page() == line.page();
                kept.add(gapFromHeader ? line.withGapBefore(false) : line);
                dropped = null;
            } else {
                dropped = line;
            }
        }
        return kept;
    }

    private static String runningKey(String text) {
        return text.replaceAll("[0-9０-９\\s]", "");
    }

    /** The lines as text, broken lines joined, blank lines where the page had space. */
    private String text(List<PdfLine> lines, double pageWidth) {
        ColumnEdges edges = ColumnEdges.of(lines, pageWidth);
        StringBuilder out = new StringBuilder();
        String pending = null;
        PdfLine last = null;
        double lastEdge = 0;
        boolean lastAfterFullStop = true;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            if (pending != null && continues(last, lastEdge, line)
                    && (lastAfterFullStop || !JapaneseText.endsSentence(last.text()))) {
                pending = joined(pending, last, line.text());
                last = line;
                lastEdge = edges.edge(i);
                lastAfterFullStop = edges.breaksAfterFullStop(i);
                continue;
            }
            if (pending != null) {
                out.append(pending).append('\n');
            }
            if (pending != null && (line.gapBefore() || endedBeforeColumnBreak(last, lastEdge, line))) {
                out.append('\n');
            }
            pending = line.text();
            last = line;
            lastEdge = edges.edge(i);
            lastAfterFullStop = edges.breaksAfterFullStop(i);
        }
        if (pending != null) {
            out.append(pending).append('\n');
        }
        return out.toString();
    }

    /**
     * True when a line that ended its paragraph short of its column's edge is the last of a column or page: the
     * space a typesetter leaves between paragraphs falls at the break, where no gap can be measured, so a blank
     * line stands for it (the text's headings are told by the blank lines around them).
     */
    private static boolean endedBeforeColumnBreak(PdfLine last, double edge, PdfLine next) {
        boolean columnBreak = next.page() != last.page() || next.y() < last.y();
        return columnBreak && !last.tableRow() && last.right() < edge - FILLS * last.size();
    }

    /** A broken line and its continuation: a web address goes on without a space, a drawn space is kept. */
    private static String joined(String text, PdfLine last, String next) {
        if (last.endsInSpace()) {
            return text + " " + next;
        }
        return BROKEN_ADDRESS.matcher(text).find() ? text + next : JapaneseText.join(text, next);
    }

    /**
     * True when {@code next} goes on the paragraph {@code line} broke at its column's edge (a justified line broken
     * by the layout ends there, even after a full stop, or ends in a drawn space before a word too long for the rest of the line; a paragraph's last line, a closed 【…】 or ＜…＞ does not),
     * and {@code next} is plain text, never a heading, bullet or numbered item of its own.
     */
    private boolean continues(PdfLine line, double edge, PdfLine next) {
        String text = line.text().strip();
        if (line.tableRow() || next.tableRow() || next.gapBefore() || text.endsWith("】") || text.endsWith("＞")) {
            return false;
        }
        boolean reachesEdge = line.right() >= edge - FILLS * line.size() || line.endsInSpace();
        if (!reachesEdge && (JapaneseText.endsSentence(text) || !wordTooLongForTheRest(line, edge, next))) {
            return false;
        }
        SeedLine.Kind kind = classifier.classify(text, 0).kind();
        return JOINABLE.contains(kind) && classifier.classify(next.text(), 0).kind() == SeedLine.Kind.TEXT;
    }

    /**
     * True when the next line starts with a word of Latin letters, digits or marks (SDGs, **bold**, 2027) too wide
     * for what was left of the line: the layout broke before the word, short of the edge.
     */
    private static boolean wordTooLongForTheRest(PdfLine line, double edge, PdfLine next) {
        String t = next.text();
        int n = 0;
        while (n < t.length() && t.charAt(n) < 0x3000 && !Character.isWhitespace(t.charAt(n))) {
            n++;
        }
        return n > 0 && line.right() + n * HALF_WIDTH * next.size() > edge;
    }
}
