package org.hoshin.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.TreeSnapshot;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's save benchmark edits content as an editor would, and leaves it exactly as it found it. */
class SiteBenchmarkTest {

    @TempDir
    Path temp;

    @Test
    void measuresEachSaveAndPutsTheEditedFileBack() throws Exception {
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
        var before = TreeSnapshot.of(content);
        SiteConfig config = new SiteConfig(temp, content, Path.of("templates").toAbsolutePath(),
                temp.resolve("site"), "http://localhost/");
        var millis = new SiteBenchmark(config).rebuildsAfterSave(2);
        assertEquals(2, millis.size());
        assertTrue(millis.get(0) > 0 && millis.get(0) <= millis.get(1), "sorted times: " + millis);
        assertEquals(before, TreeSnapshot.of(content), "the content is as it was");
    }
}
