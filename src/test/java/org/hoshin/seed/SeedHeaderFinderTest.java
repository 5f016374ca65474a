package org.hoshin.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeedHeaderFinderTest {

    private final SeedHeaderFinder finder = new SeedHeaderFinder();

    @ParameterizedTest
    @CsvSource({"000_3be6bdec6ef05b66.txt,izumi,2022,令和4年度", "001_b11ccc9f69fb817c.txt,kohoku,2022,令和4年度",
            "002_107b4c651d2568a6.txt,kanazawa,2022,令和4年度", "003_66cef17de3c9bd3d.txt,asahi,2022,令和4年度",
            "004_fbc8f0a23ea5de47.txt,konan,2021,令和3年度"})
    void recognisesWardAndFiscalYearFromTheTextOfEachRealSeed(String file, String ward, int year, String era)
            throws Exception {
        String text = Files.readString(org.hoshin.testing.Fixture.SEEDS.resolve(file), StandardCharsets.UTF_8);
        SeedHeader header = finder.find(text).orElseThrow();
        assertEquals(ward, header.ward().id());
        assertEquals(year, header.fiscalYear().start());
        assertEquals(era, header.fiscalYear().japanese());
    }

    @ParameterizedTest
    @CsvSource({"令和元年度 青葉区運営方針,aoba,2019", "令和５年度　都筑区 運営方針,tsuzuki,2023",
            "平成30年度中区運営方針,naka,2018", "令和6年度 保土ヶ谷区運営方針,hodogaya,2024"})
    void recognisesAnyWardEraAndDigitWidth(String title, String ward, int year) {
        SeedHeader header = finder.find("表紙\n" + title + "\n本文").orElseThrow();
        assertEquals(ward, header.ward().id());
        assertEquals(year, header.fiscalYear().start());
    }

    @Test
    void ignoresTitlesThatNameNoYokohamaWard() {
        assertTrue(finder.find("令和４年度 港区運営方針").isEmpty());
        assertTrue(finder.find("令和４年度泉区個性ある区づくり推進費予算").isEmpty());
    }

    @Test
    void fiscalYearSpansAprilToMarchInEnglish() {
        assertEquals("April 2022 – March 2023", finder.find("令和４年度 泉区運営方針").orElseThrow()
                .fiscalYear().englishSpan());
    }

    @ParameterizedTest
    @CsvSource({"令和2年度運営方針,2020", "令和３年度 運営方針,2021", "令和元年度　区運営方針,2019",
            "2022年度 運営方針,2022", "令和４年度（２０２２年度）運営方針,2022"})
    void recognisesATitleWithoutWardSoTheImporterCanAskForIt(String title, int year) {
        SeedTitle found = finder.findTitle("横浜市\n" + title + "\n本文").orElseThrow();
        assertTrue(found.ward().isEmpty(), found.toString());
        assertEquals(year, found.fiscalYear().start());
        assertTrue(finder.find(title).isEmpty(), "no header without a ward");
    }

    @ParameterizedTest
    @CsvSource({"２０２２年度 中区運営方針,naka,2022", "平成元年度 西区運営方針,nishi,1989",
            "令和4(2022)年度 横浜市鶴見区運営方針,tsurumi,2022"})
    void recognisesGregorianYearsAndEraFirstYears(String title, String ward, int year) {
        SeedHeader header = finder.find(title).orElseThrow();
        assertEquals(ward, header.ward().id());
        assertEquals(year, header.fiscalYear().start());
    }

    @Test
    void prefersATitleNamingTheWardOverAnEarlierOneWithout() {
        String text = "令和2年度運営方針\n…\n令和2年度 中区運営方針";
        assertEquals("naka", finder.findTitle(text).orElseThrow().ward().orElseThrow().id());
    }
}
