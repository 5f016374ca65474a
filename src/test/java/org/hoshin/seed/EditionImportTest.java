package org.hoshin.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Edition;
import org.hoshin.content.Ward;
import org.hoshin.site.SiteBuilder;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import with editions: several seeds of one ward side by side, seeds whose title names no ward, and chosen files —
 * on the real seeds plus the test seeds in other layouts (src/test/resources/seeds/).
 */
class EditionImportTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path TEST_SEEDS = PROJECT.resolve("src/test/resources/seeds");

    @TempDir
    Path temp;
    Path seeds;
    Path content;

    @BeforeEach
    void copySeeds() throws IOException {
        seeds = Trees.copy(org.hoshin.testing.Fixture.SEEDS, temp.resolve("seeds"));
        content = org.hoshin.testing.Fixture.withSiteFile(temp.resolve("content"));
    }

    @Test
    void twoEditionsOfOneWardImportSideBySide() throws Exception {
        Files.copy(TEST_SEEDS.resolve("next-year-asahi.txt"), seeds.resolve("asahi-2023.txt"));
        ImportReport report = new Importer().run(seeds, content, false);
        Ward asahi = ward("asahi");
        assertEquals(List.of(2022, 2023), asahi.editions().stream().map(e -> e.fiscalYear().start()).toList());
        assertEquals(2023, asahi.latest().fiscalYear().start());
        assertEquals("003_66cef17de3c9bd3d.txt", asahi.editions().get(0).source().file());
        assertEquals("asahi-2023.txt", asahi.latest().source().file());
        assertTrue(Files.isRegularFile(content.resolve("wards/asahi/2022/ja/index.md")));
        assertTrue(Files.isRegularFile(content.resolve("wards/asahi/2023/ja/index.md")));
        assertTrue(report.lines().stream().anyMatch(l -> l.startsWith("asahi 2023")), report.lines().toString());
        buildsWithoutError();
    }

    @Test
    void aSeedWhoseTitleNamesNoWardIsRefusedWithTheFileAndHowToNameTheWard() throws Exception {
        new Importer().run(seeds, content, false);
        Path wardless = Files.copy(TEST_SEEDS.resolve("web-page-wardless.txt"), seeds.resolve("r2.txt"));
        Map<String, String> before = snapshot(content);
        ImportException refused = assertThrows(ImportException.class, () -> new Importer().run(seeds, content,
                false));
        String message = String.join("\n", refused.problems());
        assertTrue(message.contains(wardless + ": the title 「令和2年度運営方針」 does not say which ward"), message);
        assertTrue(message.contains("--ward konan " + wardless), message);
        assertEquals(before, snapshot(content), "nothing written");

        new Importer().run(new ImportRequest(seeds, content, false, List.of(wardless), Optional.of("konan")));
        Edition konan2020 = edition("konan", 2020);
        assertEquals("r2.txt", konan2020.source().file());
        assertEquals(2, ward("konan").editions().size());

        Files.writeString(wardless, Files.readString(wardless) + "\n<p>追加された一文です。</p>\n");
        ImportReport again = new Importer().run(seeds, content, false);
        assertTrue(again.lines().stream().anyMatch(l -> l.startsWith("konan 2020") && l.contains("written")),
                "the ward is remembered: " + again.lines());
        buildsWithoutError();
    }

    @Test
    void aWardGivenThatContradictsTheTitleIsRefused() {
        ImportException refused = assertThrows(ImportException.class, () -> new Importer().run(
                new ImportRequest(seeds, content, false, List.of(seeds.resolve("000_3be6bdec6ef05b66.txt")),
                        Optional.of("konan"))));
        assertTrue(String.join("\n", refused.problems()).contains("the title names 泉区 (izumi) but --ward says"));
        assertTrue(Files.notExists(content.resolve("wards")), "nothing imported");
    }

    @Test
    void namedFilesAreTheOnlyOnesImported() throws Exception {
        Path layout = Files.copy(TEST_SEEDS.resolve("headings-bullets-asahi.txt"), temp.resolve("asahi.txt"));
        new Importer().run(new ImportRequest(seeds, content, false, List.of(layout), Optional.empty()));
        try (Stream<Path> wards = Files.list(content.resolve("wards"))) {
            assertEquals(List.of("asahi"), wards.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals("asahi.txt", edition("asahi", 2022).source().file());
        buildsWithoutError();
    }

    @Test
    void anEditorsSourceAddressSurvivesReimport() throws Exception {
        new Importer().run(seeds, content, false);
        Path record = content.resolve("wards/izumi/2022/edition.yaml");
        Files.writeString(record, Files.readString(record)
                + "  url: \"https://www.city.yokohama.lg.jp/izumi/hoshin.pdf\"  # added by an editor\n");
        Path seed = seeds.resolve("000_3be6bdec6ef05b66.txt");
        Files.writeString(seed, Files.readString(seed) + "\n追記です。\n");
        new Importer().run(seeds, content, false);
        assertEquals("https://www.city.yokohama.lg.jp/izumi/hoshin.pdf", edition("izumi", 2022).source().url());
    }

    private void buildsWithoutError() throws Exception {
        new SiteBuilder(new SiteConfig(temp, content, PROJECT.resolve("templates"), temp.resolve("site"),
                "https://example.org/")).build();
        assertTrue(Files.isRegularFile(temp.resolve("site/index.html")));
    }

    private Ward ward(String id) throws Exception {
        return new ContentLoader(temp).load(content).wards().stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private Edition edition(String wardId, int year) throws Exception {
        return ward(wardId).editions().stream().filter(e -> e.fiscalYear().start() == year).findFirst()
                .orElseThrow();
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), Files.readString(f));
            }
        }
        return files;
    }
}
