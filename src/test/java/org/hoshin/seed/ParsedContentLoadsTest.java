package org.hoshin.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hoshin.content.ContentLayout;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.ContentWriter;
import org.hoshin.content.SiteContent;
import org.hoshin.content.SourceInfo;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever layout a seed has, what the parser makes of it is content the build's reader accepts. (Kept small and
 * in one place: it depends on the content folder's layout, which may change.)
 */
class ParsedContentLoadsTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("org.hoshin.seed.SeedLayoutsTest#seeds")
    void parsedSeedIsContentTheBuildAccepts(Path seed) throws Exception {
        ParsedSeed parsed = SeedLayoutsTest.read(seed);
        SeedHeader header = SeedLayoutsTest.header(Files.readString(seed));
        Path content = temp.resolve("content");
        ContentWriter writer = new ContentWriter();
        writer.files(new SourceInfo(seed.getFileName().toString(), "0".repeat(64), ""), parsed.policy())
                .forEach((file, text) -> write(ContentLayout.editionDir(content, header.ward().id(),
                        header.fiscalYear()).resolve(file), text));
        write(ContentLayout.wardDir(content, header.ward().id()).resolve(ContentLayout.WARD_FILE),
                writer.wardFile(header.ward()));
        SiteContent site = new ContentLoader(temp).load(content);
        assertEquals(parsed.policy().goal(), site.wards().get(0).latest().japanese().goal());
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
