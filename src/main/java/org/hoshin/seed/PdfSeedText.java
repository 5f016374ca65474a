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

    /** A line whose right end is within this many font sizes of its column's edge was broken by the layout. */
    private static final double FILLS = 0.3;
    /** A line ending inside a web address, which the layout broke where no space was. */
    private static final Pattern BROKEN_ADDRESS = Pattern.compile("https?://[^\\s]*$");
    /**
     * Text spanning a page reaches at least this share of its width: where no line does, the right margin is not
     * known and no line is taken for broken.
     */
    private static final double TEXT_WIDTH_SHARE = 0.6;
    /** Lines that a layout may break: text, bullets and headings too long for their column. */
    private static final Set<SeedLine.Kind> JOINABLE = EnumSet.of(SeedLine.Kind.TEXT, SeedLine.Kind.BULLET,
            SeedLine.Kind.INITIATIVE, SeedLine.Kind.PILLAR, SeedLine.Kind.COLUMN, SeedLine.Kind.CAPTION,
            SeedLine.Kind.HEADING, SeedLine.Kind.NUMBERED, SeedLine.Kind.SECTION, SeedLine.Kind.SUBHEADING);

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
     * and year.
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
        for (PdfLine line : lines) {
            boolean title = classifier.classify(line.text(), 0).kind() == SeedLine.Kind.TITLE;
            if (!running.contains(line) || title && keptTitles.add(runningKey(line.text()))) {
                kept.add(line);
            }
        }
        return kept;
    }

    private static String runningKey(String text) {
        return text.replaceAll("[0-9０-９\\s]", "");
    }

    /** The lines as text, broken lines joined, blank lines where the page had space. */
    private String text(List<PdfLine> lines, double pageWidth) {
        double right = lines.stream().filter(l -> Double.isNaN(l.columnRight())).mapToDouble(PdfLine::right)
                .max().orElse(0);
        double margin = right >= TEXT_WIDTH_SHARE * pageWidth ? right : Double.MAX_VALUE;
        StringBuilder out = new StringBuilder();
        String pending = null;
        PdfLine last = null;
        for (PdfLine line : lines) {
            if (pending != null && continues(last, line, margin)) {
                pending = joined(pending, last, line.text());
                last = line;
                continue;
            }
            if (pending != null) {
                out.append(pending).append('\n');
            }
            if (line.gapBefore() && pending != null) {
                out.append('\n');
            }
            pending = line.text();
            last = line;
        }
        if (pending != null) {
            out.append(pending).append('\n');
        }
        return out.toString();
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
    private boolean continues(PdfLine line, PdfLine next, double margin) {
        String text = line.text().strip();
        if (line.tableRow() || next.tableRow() || next.gapBefore() || text.endsWith("】") || text.endsWith("＞")) {
            return false;
        }
        double edge = Double.isNaN(line.columnRight()) ? margin : line.columnRight();
        if (line.right() < edge - FILLS * line.size() && !line.endsInSpace()) {
            return false;
        }
        SeedLine.Kind kind = classifier.classify(text, 0).kind();
        return JOINABLE.contains(kind) && classifier.classify(next.text(), 0).kind() == SeedLine.Kind.TEXT;
    }
}
