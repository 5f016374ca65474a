package org.hoshin.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Initiative;
import org.hoshin.content.Pillar;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Ward;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import on the real seeds (copied to a temporary folder) into a temporary content folder. */
class ImporterTest {

    @TempDir
    Path temp;
    Path seeds;
    Path content;

    @BeforeEach
    void copySeeds() throws IOException {
        seeds = Files.createDirectories(temp.resolve("seeds"));
        content = temp.resolve("content");
        try (Stream<Path> files = Files.list(org.hoshin.testing.Fixture.SEEDS)) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void importsAllFiveSeedsIntoContentThatLoads() throws Exception {
        new Importer().run(seeds, content, false);
        SiteContent site = new ContentLoader(temp).load(content);
        Map<String, Ward> wards = new TreeMap<>();
        site.wards().forEach(w -> wards.put(w.id(), w));
        assertEquals(java.util.Set.of("asahi", "izumi", "kanazawa", "kohoku", "konan"), wards.keySet());
        assertEquals("泉区", wards.get("izumi").latest().japanese().wardName());
        assertEquals(2021, wards.get("konan").latest().fiscalYear().start());
        assertEquals("000_3be6bdec6ef05b66.txt", wards.get("izumi").latest().source().file());
        assertEquals(64, wards.get("izumi").latest().source().sha256().length());
        assertEquals(13, wards.get("asahi").latest().japanese().tables().get(0).rows().size(), "Asahi's bureau table");
        assertTrue(wards.get("izumi").latest().japanese().mascots().stream().anyMatch(m -> m.name().equals("いっずん")));
        assertTrue(wards.get("kanazawa").latest().japanese().mascots().stream().anyMatch(m -> m.name().equals("ぼたんちゃん")));
    }

    @Test
    void extractsInitiativesWithProgramNamesAndCaptionsApartFromText() throws Exception {
        new Importer().run(seeds, content, false);
        Ward izumi = new ContentLoader(temp).load(content).wards().stream()
                .filter(w -> w.id().equals("izumi")).findFirst().orElseThrow();
        Initiative bosai = izumi.latest().japanese().pillars().stream().map(Pillar::initiatives).flatMap(java.util.List::stream)
                .filter(i -> i.program().equals("防災対策事業")).findFirst().orElseThrow();
        assertEquals("地域防災力の向上と防災体制の整備強化", bosai.title());
        assertTrue(bosai.body().source().contains("地域における防災の担い手の支援・育成のため、防災アトラクション"),
                "PDF line breaks inside a sentence are joined without spaces");
        String all = Files.readString(content.resolve("wards/izumi/2022/ja/pillars/02/06.md"));
        assertFalse(all.contains("＜"), "captions are not body text");
    }

    @Test
    void reimportingUnchangedSeedsChangesNothing() throws Exception {
        new Importer().run(seeds, content, false);
        Map<String, String> before = snapshot(content);
        ImportReport again = new Importer().run(seeds, content, false);
        assertEquals(0, again.written());
        assertEquals(before, snapshot(content));
    }

    @Test
    void refusesToOverwriteAnEditedFileAndNamesItUnlessForced() throws Exception {
        new Importer().run(seeds, content, false);
        Path edited = content.resolve("wards/izumi/2022/ja/pillars/01.md");
        Files.writeString(edited, Files.readString(edited) + "\n編集者が加えた一文です。\n");
        Path seed = seeds.resolve("000_3be6bdec6ef05b66.txt");
        Files.writeString(seed, Files.readString(seed) + "\n追記された文です。\n");
        Map<String, String> before = snapshot(content);

        ImportException refused = assertThrows(ImportException.class, () -> new Importer().run(seeds, content, false));
        assertTrue(refused.getMessage().contains(edited.toString()), refused.getMessage());
        assertEquals(before, snapshot(content), "nothing is written when import refuses");

        new Importer().run(seeds, content, true);
        assertFalse(Files.readString(edited).contains("編集者が加えた一文です。"));
    }

    @Test
    void importsASixthWardWithNoCodeChange() throws Exception {
        Files.writeString(seeds.resolve("new-ward.txt"), String.join("\n",
                "令和５年度 青葉区運営方針", "", "Ⅰ 基本目標", "つながる青葉", "",
                "Ⅱ 目標達成に向けた施策", "１ 安心して暮らせるまち", "地域の防災力を高めます。",
                "◆防災の担い手づくり【青葉防災推進事業】", "地域防災拠点の訓練を支援し",
                "ます。", "－５－", "Ⅲ 目標達成に向けた組織運営", "◆丁寧な窓口", "・分かりやすい案内"),
                StandardCharsets.UTF_8);
        new Importer().run(seeds, content, false);
        Ward aoba = new ContentLoader(temp).load(content).wards().stream()
                .filter(w -> w.id().equals("aoba")).findFirst().orElseThrow();
        assertEquals(2023, aoba.latest().fiscalYear().start());
        assertEquals("つながる青葉", aoba.latest().japanese().goal());
        Initiative initiative = aoba.latest().japanese().pillars().get(0).initiatives().get(0);
        assertEquals("青葉防災推進事業", initiative.program());
        assertEquals("地域防災拠点の訓練を支援します。", initiative.body().source());
        assertEquals("丁寧な窓口", aoba.latest().japanese().management().get(0).title());
    }

    private static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString(), Files.readString(f) + "@" + Files.getLastModifiedTime(f));
            }
        }
        return files;
    }
}
