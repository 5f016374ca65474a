package org.hoshin.stages;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.testing.BuiltSite;
import org.hoshin.testing.Fixture;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load stage reads every file editors own, and one run names the mistakes of all of them. */
class ProjectLoaderTest {

    @TempDir
    Path temp;

    @Test
    void mistakesInSeveralEditorFilesAreReportedTogether() throws Exception {
        Path content = Trees.copy(Fixture.CONTENT, temp.resolve("content"));
        Files.writeString(content.resolve("themes.yaml"), "themes: [\n");
        Files.createDirectories(content.resolve("search"));
        Files.writeString(content.resolve("search/userdict.csv"), "泉区役所,泉区 役所\n");
        SiteConfig config = new SiteConfig(Fixture.ROOT, content, BuiltSite.PROJECT.resolve("templates"),
                temp.resolve("site"), "https://example.org/hoshin/");
        ContentException failure;
        try (Runner runner = new Runner(1, null)) {
            failure = assertThrows(ContentException.class, () -> new ProjectLoader(config, null).load(runner));
        }
        List<String> files = failure.errors().stream().map(ContentError::location)
                .map(l -> l.file().getFileName().toString()).toList();
        assertTrue(files.contains("themes.yaml"), files.toString());
        assertTrue(files.contains("userdict.csv"), files.toString());
    }
}
