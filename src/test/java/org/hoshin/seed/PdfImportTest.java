package org.hoshin.seed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hoshin import policy.pdf}: the PDF's text is written beside it as the seed and imported from there, to
 * the same content as that text; an existing text is never overwritten; a file that is no PDF is a clear error.
 */
class PdfImportTest {

    private static final String SEED = """
            令和６年度 中区運営方針
            Ⅰ 基本目標
            誰もが安心して暮らせるまち
            Ⅱ 目標達成に向けた施策
            施策1 安全・安心なまちづくり
            ◆地域防災力の向上【防災対策事業】
            防災訓練や研修会を開催し、地域の防災の担い手を育成します。
            施策2 支え合いのまちづくり
            ◆子育て支援の充実
            妊娠期から子育て期まで切れ目のない支援を行います。
            """;

    @TempDir
    Path temp;

    @Test
    void importsAPdfThroughTheTextWrittenBesideIt() throws IOException, ImportException {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Path pdf = seeds.resolve("naka-2024.pdf");
        Files.write(pdf, TestPdf.fromSeed(SEED, 1, "", n -> ""));
        ImportReport report = new Importer().run(new ImportRequest(seeds, temp.resolve("content"), false,
                List.of(pdf), Optional.empty()));
        Path text = seeds.resolve("naka-2024.txt");
        assertEquals(SEED.replaceAll("\\s+", ""), Files.readString(text).replaceAll("\\s+", ""));
        assertTrue(report.lines().get(0).contains(text.toString()), report.lines().toString());

        Path byText = temp.resolve("by-text");
        Files.createDirectories(byText.resolve("seeds"));
        Files.copy(text, byText.resolve("seeds/naka-2024.txt"));
        new Importer().run(byText.resolve("seeds"), byText.resolve("content"), false);
        Path edition = Path.of("wards/naka/2024");
        for (String file : List.of("ja/policy.md", "edition.yaml")) {
            if (Files.exists(byText.resolve("content").resolve(edition).resolve(file))) {
                assertArrayEquals(Files.readAllBytes(byText.resolve("content").resolve(edition).resolve(file)),
                        Files.readAllBytes(temp.resolve("content").resolve(edition).resolve(file)), file);
            }
        }
        assertTrue(Files.isDirectory(temp.resolve("content").resolve(edition)));
    }

    @Test
    void neverOverwritesATextBesideThePdf() throws IOException {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Path pdf = seeds.resolve("naka-2024.pdf");
        Files.write(pdf, TestPdf.fromSeed(SEED, 1, "", n -> ""));
        Path text = seeds.resolve("naka-2024.txt");
        Files.writeString(text, SEED.replace("育成します", "育てます"), StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(text);
        ImportException e = assertThrows(ImportException.class, () -> new Importer().run(new ImportRequest(seeds,
                temp.resolve("content"), false, List.of(pdf), Optional.empty())));
        assertTrue(e.problems().get(0).contains(text.toString()), e.problems().toString());
        assertArrayEquals(before, Files.readAllBytes(text));
        assertTrue(Files.notExists(temp.resolve("content")), "nothing imported");
    }

    @Test
    void aFileThatIsNoPdfIsAClearError() throws IOException {
        Path seeds = Files.createDirectories(temp.resolve("seeds"));
        Path pdf = seeds.resolve("broken.pdf");
        Files.writeString(pdf, "not a pdf");
        ImportException e = assertThrows(ImportException.class, () -> new Importer().run(new ImportRequest(seeds,
                temp.resolve("content"), false, List.of(pdf), Optional.empty())));
        assertTrue(e.problems().get(0).startsWith(pdf.toString()), e.problems().toString());
        assertTrue(Files.notExists(seeds.resolve("broken.txt")));
    }
}
