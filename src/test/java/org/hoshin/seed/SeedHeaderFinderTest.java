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
        String text = Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8);
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
}
