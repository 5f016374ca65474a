package org.hoshin.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.hoshin.content.ContentWriter;
import org.hoshin.content.Location;
import org.hoshin.content.SourceInfo;
import org.hoshin.testing.SeedSentences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A PDF's text in reading order, on PDFs written by PDFBox in the layouts of the city's policies ({@link TestPdf}),
 * and every seed text sent through a PDF of one and of two columns: it must come back whole and import to the
 * same content as the text itself.
 */
class PdfSeedTextTest {

    private static String read(byte[] pdf) throws IOException {
        return new PdfSeedText().read(pdf);
    }

    /** Every seed there is (the real ones and the test layouts), each in one and in two columns. */
    static Stream<Arguments> seedsAndColumns() throws IOException {
        return SeedLayoutsTest.seeds().flatMap(seed -> Stream.of(Arguments.of(seed, 1), Arguments.of(seed, 2)));
    }

    @ParameterizedTest(name = "{0} in {1} column(s)")
    @MethodSource("seedsAndColumns")
    void aSeedSentThroughAPdfImportsToTheSameContent(Path seed, int columns) throws IOException {
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        byte[] pdf = TestPdf.fromSeed(text, columns, "横浜市 区運営方針", n -> "－" + n + "－");
        String drawn = new TestPdf(1).drawableText(SeedText.clean(text));
        String extracted = read(pdf);

        String flat = SeedSentences.compact(extracted.replace("**", ""));
        List<String> lost = SeedSentences.of(drawn).stream().filter(s -> !SeedSentences.shownIn(s, flat))
                .map(SeedSentences.Sentence::text).toList();
        assertEquals(List.of(), lost, "every sentence comes back from the PDF");
        assertFalse(extracted.contains("－") && extracted.matches("(?s).*－[0-9]+－.*")
                || extracted.contains("横浜市 区運営方針"), "page numbers and the running header are dropped");
        assertEquals(content(seed, drawn), content(seed, extracted), "the PDF's text imports as the seed does");
    }

    @Test
    void readsTwoColumnsColumnByColumnUnderAFullWidthTitle() throws IOException {
        TestPdf pdf = new TestPdf(2);
        List<String> left = List.of("左の段の一行目は、段の幅を超える長さの文で、途中で折り返されて次の行に続きます。",
                "左の段の二つ目の文です。");
        List<String> right = List.of("右の段の文は、左の段をすべて読んだ後に読まれます。", "右の段の終わりです。");
        left.forEach(pdf::line);
        pdf.blank();
        for (int i = 0; i < 40; i++) {
            pdf.blank();
        }
        right.forEach(pdf::line);
        String text = read(pdf.bytes());
        List<String> lines = nonBlank(text);
        assertEquals(List.of(left.get(0), left.get(1), right.get(0), right.get(1)), lines,
                "the broken first sentence is joined, and the left column is read before the right");
    }

    @Test
    void keepsTableRowsAsTabSeparatedRowsWithWrappedCellsJoined() throws IOException {
        TestPdf pdf = new TestPdf(1);
        pdf.line("【参考】公共事業の主な取組");
        pdf.table(List.of(List.of("事業名", "主な内容", "所管局"),
                List.of("川の改修", "川井本町付近の護岸改修工事、鶴ヶ峰駅付近の河川改修、その他の周辺の整備を進めます", "道路局"),
                List.of("学校建替え", "小学校の設計・工事", "教育委員会事務局")));
        pdf.line("表の後の文です。");
        List<String> lines = nonBlank(read(pdf.bytes()));
        assertEquals(List.of("【参考】公共事業の主な取組", "事業名\t主な内容\t所管局",
                "川の改修\t川井本町付近の護岸改修工事、鶴ヶ峰駅付近の河川改修、その他の周辺の整備を進めます\t道路局",
                "学校建替え\t小学校の設計・工事\t教育委員会事務局", "表の後の文です。"), lines);
    }

    @Test
    void dropsPageNumbersOfEveryFormAndTheRunningHeader() throws IOException {
        for (String form : List.of("－%d－", "- %d -", "%d/3", "%d")) {
            TestPdf pdf = new TestPdf(1).header("令和５年度 中区運営方針（案）").footer(n -> form.formatted(n));
            for (int i = 0; i < 130; i++) {
                pdf.line("本文の" + (i + 1) + "行目です。");
            }
            String text = read(pdf.bytes());
            List<String> lines = nonBlank(text);
            assertEquals(130, lines.size(), form + ": " + lines.subList(0, 3));
            assertTrue(lines.stream().allMatch(l -> l.matches("本文の[0-9]+行目です。")), form + ": " + lines);
        }
    }

    @Test
    void keepsATitleThatRunsAsAHeaderOnce() throws IOException {
        TestPdf pdf = new TestPdf(1).header("令和５年度 中区運営方針").footer(n -> "－" + n + "－");
        for (int i = 0; i < 130; i++) {
            pdf.line("本文の" + (i + 1) + "行目です。");
        }
        List<String> lines = nonBlank(read(pdf.bytes()));
        assertEquals("令和５年度 中区運営方針", lines.get(0), "the importer needs the title to know ward and year");
        assertEquals(131, lines.size());
    }

    @Test
    void dropsRubyAndKeepsBoxedBlocksAndInitiativesInOrder() throws IOException {
        TestPdf pdf = new TestPdf(1);
        pdf.rubyLine("よこはま", "横浜の地域づくりを進めます。");
        pdf.box().line("【協働を進めるための取組】").line("地域の皆さまと共有した方向性をもとに、区役所も地域に寄り添い、一緒に取り組んでまいります。")
                .endBox();
        pdf.line("◆泉区の魅力づくりと発信【定住・転入促進事業】");
        pdf.line("区民や事業者の皆様をはじめ、多くの方々と連携し、SNS を使ったプロモーションを展開します。");
        List<String> lines = nonBlank(read(pdf.bytes()));
        assertEquals(List.of("横浜の地域づくりを進めます。", "【協働を進めるための取組】",
                "地域の皆さまと共有した方向性をもとに、区役所も地域に寄り添い、一緒に取り組んでまいります。",
                "◆泉区の魅力づくりと発信【定住・転入促進事業】",
                "区民や事業者の皆様をはじめ、多くの方々と連携し、SNS を使ったプロモーションを展開します。"), lines);
    }

    @Test
    void joinsBrokenJapaneseLinesWithoutASpaceAndLatinWordsWithOne() throws IOException {
        TestPdf pdf = new TestPdf(1);
        String sentence = "区役所全体で地域支援に取り組み、デジタル技術 ICT と AI ロボットの実証実験などを通して、"
                + "区民サービスの向上と職員の働きやすい環境づくりをより一層進めます。";
        pdf.line(sentence);
        assertEquals(List.of(sentence), nonBlank(read(pdf.bytes())));
    }

    private static List<String> nonBlank(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The content files import writes for a seed text. */
    private static SortedMap<String, String> content(Path seed, String text) {
        ParsedSeed parsed = new SeedParser(Location.of(seed)).read(text, SeedLayoutsTest.header(text));
        return new ContentWriter().files(new SourceInfo(seed.getFileName().toString(), "-", ""), parsed.policy());
    }
}
