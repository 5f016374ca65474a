package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.hoshin.testing.TreeSnapshot;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a build was killed between its two renames (site/ missing, site.old complete), the next build restores
 * site/ before anything else and says so, even when it then fails on a content mistake; "left as it was" is
 * only claimed when it is true.
 */
class BuildRecoveryMessageTest {

    @TempDir
    Path temp;

    @Test
    void theNextBuildRestoresSiteAndItsMessageSaysWhatHappened() throws Exception {
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
        Path site = temp.resolve("site");
        assertEquals(0, build(content, site).exitCode());
        Map<String, String> built = TreeSnapshot.of(site);
        Files.move(site, temp.resolve("site.old"));
        Path file = content.resolve("wards/izumi/2022/ja/pillars/01.md");
        Files.writeString(file, Files.readString(file).replace("title: とどけよう！", "title: [とどけよう！"));

        ContentFixture.Result restored = build(content, site);
        assertEquals(1, restored.exitCode());
        assertTrue(restored.err().contains("note: restored site from site.old, left by an interrupted build\n"),
                restored.err());
        assertTrue(restored.err().contains("build failed; site was restored (see above), otherwise left as it was:"),
                restored.err());
        assertEquals(built, TreeSnapshot.of(site), "the complete previous site is back");
        assertFalse(Files.exists(temp.resolve("site.old")));

        ContentFixture.Result again = build(content, site);
        assertEquals(1, again.exitCode());
        assertTrue(again.err().startsWith("build failed; site was left as it was:\n"), again.err());
        assertEquals(built, TreeSnapshot.of(site));
    }

    private ContentFixture.Result build(Path content, Path site) {
        return ContentFixture.run(temp, "build", "--content", content.toString(), "--out", site.toString());
    }
}
