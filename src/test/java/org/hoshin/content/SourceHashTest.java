package org.hoshin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The translation hash is over the text, so converting a Japanese file's line ends or adding a BOM keeps its
 * translation current, while a real change still makes it stale; and the new definition leaves every committed
 * translation exactly as current as the old byte hash did.
 */
class SourceHashTest {

    private static final String JA = "wards/izumi/2022/ja/pillars/01/02.md";

    @TempDir
    Path temp;

    @Test
    void everyCommittedTranslationIsCurrentUnderTheOldByteHashAndTheNewTextHash() throws Exception {
        Path content = org.hoshin.testing.Fixture.CONTENT;
        int translations = 0;
        try (Stream<Path> files = Files.walk(content.resolve("wards"))) {
            for (Path en : files.filter(f -> Files.isRegularFile(f) && f.toString().contains("/en/")).toList()) {
                Path ja = Path.of(en.toString().replace("/en/", "/ja/"));
                String recorded = TranslationStatus.recordedHash(en).orElseThrow();
                assertEquals(Sha256.of(Files.readAllBytes(ja)), recorded, "old definition: " + en);
                assertEquals(SourceHash.of(ja), recorded, "new definition: " + en);
                translations++;
            }
        }
        assertTrue(translations > 20, "the real content has translations: " + translations);
        assertEquals(List.of(), new TranslationStatus().scan(content));
    }

    @Test
    void crlfLineEndsAndABomKeepTheTranslationCurrentInEveryReader() throws Exception {
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
        Path ja = content.resolve(JA);
        String lf = Files.readString(ja);
        assertTrue(lf.contains("\n") && !lf.contains("\r"));
        Files.write(ja, ("\uFEFF" + lf.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        assertNotEquals(Sha256.of(lf), Sha256.of(Files.readAllBytes(ja)), "the bytes did change");

        assertEquals(List.of(), new TranslationStatus().scan(content));
        assertEquals(Translation.CURRENT, izumiInitiative(content).translation(), "the build's reader agrees");
    }

    @Test
    void aChangedWordStillMakesItStaleInEveryReader() throws Exception {
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
        Path ja = content.resolve(JA);
        Files.writeString(ja, Files.readString(ja).replace("パネル展を実施します。", "パネル展を年２回実施します。"));

        List<TranslationStatus.Item> items = new TranslationStatus().scan(content);
        assertEquals(1, items.size(), items.toString());
        assertEquals(TranslationStatus.Item.Kind.STALE, items.get(0).kind());
        assertEquals(Translation.STALE, izumiInitiative(content).translation());
    }

    @Test
    void trailingSpacesCountBecauseTheyCanChangeThePage() {
        assertNotEquals(SourceHash.ofText("一行目\n"), SourceHash.ofText("一行目  \n"));
        assertEquals(SourceHash.ofText("が\n"), SourceHash.ofText("か\u3099\r\n"), "NFC and LF");
    }

    private static Initiative izumiInitiative(Path content) throws ContentException {
        Ward izumi = new ContentLoader(content.getParent()).load(content).wards().stream()
                .filter(w -> w.id().equals("izumi")).findFirst().orElseThrow();
        Edition edition = izumi.editions().stream().filter(e -> e.fiscalYear().start() == 2022).findFirst()
                .orElseThrow();
        return edition.english().pillars().get(0).initiatives().get(1);
    }
}
