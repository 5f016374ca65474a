package org.hoshin.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hoshin.content.ContentException;
import org.hoshin.content.Message;
import org.hoshin.content.SafeFiles;

/**
 * Turns the PDFs among the seeds to import into seed texts written beside them ({@code policy.pdf} →
 * {@code policy.txt}), so that every import is made from a text an editor can read, correct and commit, and a
 * later import gives the same content. An existing text is never overwritten: a PDF named on the command line
 * whose text differs from the one beside it is an error, and in a folder the text beside a PDF is imported as it
 * is (an editor may have corrected it).
 */
final class PdfSeeds {

    /** PDFBox reports fonts it had to substitute through java.util.logging; the import reports in its own words. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.OFF));
    }

    private final PdfSeedText reader = new PdfSeedText();

    static boolean isPdf(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }

    /**
     * The seed texts to import in place of {@code seeds}.
     *
     * @param named true when the seeds were named on the command line, false when they are a folder's listing
     * @param notes receives one line per PDF read, for the import summary
     */
    List<Path> texts(List<Path> seeds, boolean named, List<String> notes) throws ImportException {
        Set<Path> texts = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (Path seed : seeds) {
            if (!isPdf(seed)) {
                texts.add(seed);
                continue;
            }
            Path text = textBeside(seed);
            try {
                if (!named && SafeFiles.isFile(text, text)) {
                    continue;
                }
                extract(seed, text, notes);
                texts.add(text);
            } catch (ContentException e) {
                e.errors().forEach(err -> problems.add(err.format()));
            } catch (ImportException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return List.copyOf(texts);
    }

    /** The seed text a PDF's text is written to: same folder, same name, {@code .txt}. */
    static Path textBeside(Path pdf) {
        String name = pdf.getFileName().toString();
        return pdf.resolveSibling(name.substring(0, name.length() - ".pdf".length()) + ".txt");
    }

    private void extract(Path pdf, Path text, List<String> notes) throws ContentException, ImportException {
        byte[] extracted = read(pdf).getBytes(StandardCharsets.UTF_8);
        if (SafeFiles.isFile(text, text)) {
            if (!Arrays.equals(SafeFiles.read(text, text), extracted)) {
                throw new ImportException(List.of(Message.format("import.pdfTextDiffers", text, pdf)));
            }
            notes.add(Message.format("import.pdfTextSame", pdf, text));
            return;
        }
        try {
            Files.write(text, extracted, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new ImportException(List.of(Message.format("import.pdfTextDiffers", text, pdf)));
        } catch (IOException e) {
            throw new ImportException(List.of(Message.format("import.cannotWrite", text, e.getMessage())));
        }
        notes.add(Message.format("import.pdfExtracted", pdf, text));
    }

    private String read(Path pdf) throws ContentException, ImportException {
        byte[] bytes = SafeFiles.read(pdf, pdf);
        String text;
        try {
            text = reader.read(bytes);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(List.of(Message.format("import.pdfUnreadable", pdf, e.getMessage())));
        }
        if (text.isBlank()) {
            throw new ImportException(List.of(Message.format("import.pdfNoText", pdf)));
        }
        return text;
    }
}
