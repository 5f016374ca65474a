package org.hoshin.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.SortedMap;
import org.hoshin.content.ContentLoader;
import org.hoshin.testing.Trees;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's rebuilds reuse what did not change; whatever they reuse, each must produce exactly the site a
 * fresh build of the same files produces.
 */
class BuildSessionTest {

    @TempDir
    Path temp;

    @Test
    void rebuildsAfterEditsMatchAFreshBuildByteForByteAndReReadOnlyTheChangedWard() throws Exception {
        Path content = Trees.copy(Path.of("content"), temp.resolve("content"));
        Path templates = Trees.copy(Path.of("templates"), temp.resolve("templates"));
        SiteConfig config = new SiteConfig(temp, content, templates, temp.resolve("site"), "http://localhost/");
        BuildSession session = new BuildSession();
        SiteBuilder incremental = new SiteBuilder(config, 2, session);
        assertSameSite(render(new SiteBuilder(config, 1)), render(incremental));

        Path initiative = content.resolve("wards/izumi/2022/ja/pillars/01/01.md");
        Files.writeString(initiative, Files.readString(initiative) + "\n保存のたびに変わる一文。\n",
                StandardCharsets.UTF_8);
        SortedMap<String, byte[]> afterContentEdit = render(incremental);
        assertSameSite(render(new SiteBuilder(config, 1)), afterContentEdit);
        assertTrue(Jsoup.parse(new String(afterContentEdit.get("ja/wards/izumi/index.html"), StandardCharsets.UTF_8))
                .text().contains("保存のたびに変わる一文。"), "the edit is on the page");

        Path messages = templates.resolve("messages/ja.yaml");
        Files.writeString(messages, Files.readString(messages).replace("basic_goal: ", "basic_goal: 新しい"),
                StandardCharsets.UTF_8);
        SortedMap<String, byte[]> afterTemplateEdit = render(incremental);
        assertSameSite(render(new SiteBuilder(config, 1)), afterTemplateEdit);
        assertTrue(new String(afterTemplateEdit.get("ja/wards/kohoku/index.html"), StandardCharsets.UTF_8)
                .contains("新しい"), "a changed message reaches the pages of wards that did not change");
    }

    @Test
    void anUnchangedWardIsNotReadAgain() throws Exception {
        Path content = Trees.copy(Path.of("content"), temp.resolve("content"));
        BuildSession session = new BuildSession();
        var first = new ContentLoader(temp, session.wards()).load(content);
        Path initiative = content.resolve("wards/izumi/2022/ja/pillars/01/01.md");
        Files.writeString(initiative, Files.readString(initiative) + "\n追記。\n", StandardCharsets.UTF_8);
        var second = new ContentLoader(temp, session.wards()).load(content);
        for (int i = 0; i < first.wards().size(); i++) {
            boolean edited = first.wards().get(i).id().equals("izumi");
            assertEquals(!edited, first.wards().get(i) == second.wards().get(i), first.wards().get(i).id());
        }
    }

    private static SortedMap<String, byte[]> render(SiteBuilder builder) throws Exception {
        return builder.render(new ArrayList<>()).files();
    }

    private static void assertSameSite(SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }
}
