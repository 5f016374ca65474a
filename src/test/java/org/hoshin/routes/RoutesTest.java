package org.hoshin.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.hoshin.content.Lang;
import org.junit.jupiter.api.Test;

/** Addresses made by Routes read back as what they were made from, and nothing else reads as a ward page. */
class RoutesTest {

    @Test
    void wardPagesReadBackAsTheWardEditionAndComparisonTheyWereMadeFor() {
        assertEquals(Optional.of(new Routes.WardPage("izumi", 0, false)), Routes.wardPageOf(Routes.ward("izumi")));
        assertEquals(Optional.of(new Routes.WardPage("izumi", 2021, false)),
                Routes.wardPageOf(Routes.edition("izumi", 2021)));
        assertEquals(Optional.of(new Routes.WardPage("izumi", 2022, true)),
                Routes.wardPageOf(Routes.changes("izumi", 2022)));
    }

    @Test
    void otherPagesAreNoWardPage() {
        for (String page : new String[] {Routes.home(), Routes.themes(), Routes.theme("kosodate"), Routes.search(),
                Routes.about(), Routes.dataPage(), "wards/", "wards/izumi/2022/other/"}) {
            assertTrue(Routes.wardPageOf(page).isEmpty(), page);
        }
    }

    @Test
    void editionDataFilesReadBackAsTheirEdition() {
        String file = Routes.editionData("asahi", 2023);
        String name = file.substring(Routes.dataFile("").length());
        assertEquals(Optional.of(new Routes.EditionDataFile("asahi", 2023)), Routes.editionDataOf(name));
        assertTrue(Routes.editionDataOf(Routes.INITIATIVES_CSV).isEmpty());
        assertTrue(Routes.editionDataOf(Routes.EDITION_SCHEMA).isEmpty());
    }

    @Test
    void aPageLinksToItsOtherLanguageAndBackToTheRootFromItsFolder() {
        Routes.In ja = Routes.in(Lang.JA);
        assertEquals("en/wards/izumi/", ja.other(Routes.ward("izumi")));
        assertEquals("ja/wards/izumi/2022/changes/", ja.changes("izumi", 2022));
        assertEquals("../../../../", Routes.toRoot(Routes.pageFile(Lang.EN, Routes.edition("izumi", 2022))));
    }
}
