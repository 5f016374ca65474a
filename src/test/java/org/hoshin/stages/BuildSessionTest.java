package org.hoshin.stages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Ward;
import org.hoshin.site.SiteBuilder;
import org.hoshin.testing.Trees;
import org.hoshin.testing.TwoEditions;
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
        SiteConfig config = twoEditions();
        Path content = config.contentDir();
        SiteBuilder incremental = new SiteBuilder(config, 2, new BuildSession());
        SortedMap<String, byte[]> before = render(incremental);
        assertSameSite(render(new SiteBuilder(config, 1)), before);

        Path izumi = content.resolve("wards/izumi/2022");
        Path initiative = izumi.resolve("ja/pillars/01/01.md");
        Files.writeString(initiative, Files.readString(initiative) + "\n保存のたびに変わる一文。\n",
                StandardCharsets.UTF_8);
        Files.writeString(izumi.resolve("ja/pillars/03/09.md"), "---\nid: p3-9\ntitle: 新しい防災訓練の実施\n---\n\n"
                + "地域の皆様と防災訓練を行います。\n", StandardCharsets.UTF_8);
        SortedMap<String, byte[]> afterContentEdit = render(incremental);
        assertSameSite(render(new SiteBuilder(config, 1)), afterContentEdit);
        assertTrue(text(afterContentEdit, "ja/wards/izumi/index.html").contains("保存のたびに変わる一文。"),
                "the edit is on the page");
        for (String file : List.of("ja/wards/izumi/2022/changes/index.html", "ja/themes/bosai/index.html",
                "data/izumi-2022.json", "data/initiatives.csv")) {
            assertTrue(text(afterContentEdit, file).contains("新しい防災訓練の実施"), "the new initiative in " + file);
        }
        assertTrue(afterContentEdit.keySet().stream().filter(p -> p.startsWith("search/ja/d/"))
                .anyMatch(p -> text(afterContentEdit, p).contains("新しい防災訓練の実施")), "the new initiative is found");

        Path themes = content.resolve("themes.yaml");
        Files.writeString(themes, Files.readString(themes).replace("keywords: [防災,", "keywords: [商店街, 防災,"),
                StandardCharsets.UTF_8);
        SortedMap<String, byte[]> beforeThemeEdit = render(incremental);
        SortedMap<String, byte[]> afterThemeEdit = render(new SiteBuilder(config, 1));
        assertSameSite(afterThemeEdit, beforeThemeEdit);
        assertTrue(!Arrays.equals(before.get("ja/wards/kohoku/index.html"),
                afterThemeEdit.get("ja/wards/kohoku/index.html")), "a theme edit reaches an unchanged ward's page");

        Path glossary = content.resolve("glossary.yaml");
        Files.writeString(glossary, Files.readString(glossary).replace("terms:\n",
                "terms:\n  - ja: 防災\n    en: Disaster-Prevention-Only-In-This-Test\n"), StandardCharsets.UTF_8);
        List<ContentError> keptWarnings = new ArrayList<>();
        incremental.render(keptWarnings);
        List<ContentError> freshWarnings = new ArrayList<>();
        new SiteBuilder(config, 1).render(freshWarnings);
        assertEquals(freshWarnings, keptWarnings, "a glossary edit reaches the warnings of unchanged wards");
        assertTrue(keptWarnings.stream().anyMatch(w -> w.format().contains("Disaster-Prevention-Only-In-This-Test")
                && w.format().contains("wards/kohoku/")), "kohoku is warned about the new term: " + keptWarnings);

        Path messages = config.templatesDir().resolve("messages/ja.yaml");
        Files.writeString(messages, Files.readString(messages).replace("basic_goal: ", "basic_goal: 新しい"),
                StandardCharsets.UTF_8);
        SortedMap<String, byte[]> afterTemplateEdit = render(incremental);
        assertSameSite(render(new SiteBuilder(config, 1)), afterTemplateEdit);
        assertTrue(text(afterTemplateEdit, "ja/wards/kohoku/index.html").contains("新しい"),
                "a changed message reaches the pages of wards that did not change");

        Path dictionary = content.resolve("search/userdict.csv");
        Files.createDirectories(dictionary.getParent());
        String written = Files.exists(dictionary) ? Files.readString(dictionary) : "";
        Files.writeString(dictionary, written + "防災訓練の実施,防災訓練の実施,ボウサイクンレンノジッシ,カスタム名詞\n",
                StandardCharsets.UTF_8);
        SortedMap<String, byte[]> afterDictionaryEdit = render(incremental);
        assertSameSite(render(new SiteBuilder(config, 1)), afterDictionaryEdit);
        assertTrue(afterDictionaryEdit.keySet().stream().filter(p -> p.startsWith("search/ja/v/"))
                .anyMatch(p -> text(afterDictionaryEdit, p).contains("\"防災訓練の実施\"")),
                "the preview analyses with the edited user dictionary, not the one it kept");
    }

    private static String text(SortedMap<String, byte[]> site, String file) {
        return new String(site.get(file), StandardCharsets.UTF_8);
    }

    @Test
    void anUnchangedWardIsNotReadAgain() throws Exception {
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
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

    @Test
    void anEditToOneEditionReReadsOnlyThatEditionAndEveryRebuildMatchesAFreshBuild() throws Exception {
        SiteConfig config = twoEditions();
        Path content = config.contentDir();
        SiteBuilder incremental = new SiteBuilder(config, 2, new BuildSession());
        render(incremental);
        Ward before = izumi(incremental);

        Path older = content.resolve("wards/izumi/2021/ja/pillars/01/01.md");
        Files.writeString(older, Files.readString(older) + "\n前の年にだけ足した一文。\n", StandardCharsets.UTF_8);
        SortedMap<String, byte[]> afterOlderEdit = render(incremental);
        assertSameSite(render(new SiteBuilder(config, 1)), afterOlderEdit);
        Ward after = izumi(incremental);
        assertNotSame(before, after, "the edited ward is read again");
        assertNotSame(before.editions().get(0), after.editions().get(0), "the edited edition is read again");
        assertSame(before.editions().get(1), after.editions().get(1), "the other edition is kept as it was");
        assertTrue(text(afterOlderEdit, "ja/wards/izumi/2021/index.html").contains("前の年にだけ足した一文。"));
        assertTrue(text(afterOlderEdit, "ja/wards/izumi/2022/changes/index.html").contains("前の年にだけ足した一文。"),
                "the next edition's comparison is made again");

        Trees.copy(content.resolve("wards/izumi/2021"), content.resolve("wards/izumi/2020"));
        SortedMap<String, byte[]> afterNewEdition = render(incremental);
        assertSameSite(render(new SiteBuilder(config, 1)), afterNewEdition);
        assertTrue(text(afterNewEdition, "ja/wards/izumi/2022/index.html").contains("wards/izumi/2020/"),
                "a kept edition's page links the new year");

        Path ward = content.resolve("wards/izumi/ward.yaml");
        Files.writeString(ward, Files.readString(ward).replace("/izumi/", "/izumi/kusei/"), StandardCharsets.UTF_8);
        SortedMap<String, byte[]> afterWardEdit = render(incremental);
        assertSameSite(render(new SiteBuilder(config, 1)), afterWardEdit);
        assertTrue(text(afterWardEdit, "ja/wards/izumi/2021/index.html").contains("/izumi/kusei/"),
                "an edited ward.yaml reaches the pages of unchanged editions");
    }

    @Test
    void theKeptLinksOfAnUnchangedEditionAreCheckedAgainstEachNewSite() throws Exception {
        SiteConfig config = twoEditions();
        Path content = config.contentDir();
        Path linking = content.resolve("wards/izumi/2021/ja/pillars/01/01.md");
        Files.writeString(linking, Files.readString(linking) + "\n[港北区の取組](/ja/wards/kohoku/)もご覧ください。\n",
                StandardCharsets.UTF_8);
        SiteBuilder incremental = new SiteBuilder(config, 2, new BuildSession());
        render(incremental);

        Trees.delete(content.resolve("wards/kohoku"));
        ContentException kept = assertThrows(ContentException.class, () -> render(incremental));
        ContentException fresh = assertThrows(ContentException.class, () -> render(new SiteBuilder(config, 1)));
        assertEquals(fresh.errors(), kept.errors());
        assertTrue(kept.errors().stream().anyMatch(e -> e.format().contains("wards/izumi/2021/ja/pillars/01/01.md")
                && e.format().contains("/ja/wards/kohoku/")), "the link of the unchanged edition is reported: "
                + kept.errors());
    }

    @Test
    void theKeptMessagesAreReadAgainAfterAFailedReadAndAfterEachEdit() throws Exception {
        SiteConfig config = twoEditions();
        SiteBuilder incremental = new SiteBuilder(config, 2, new BuildSession());
        render(incremental);
        Path messages = config.templatesDir().resolve("messages/en.yaml");
        String written = Files.readString(messages);
        Files.writeString(messages, "- a list, not messages\n", StandardCharsets.UTF_8);
        assertThrows(ContentException.class, () -> render(incremental));
        assertThrows(ContentException.class, () -> render(incremental), "a broken message file is not kept");
        Files.writeString(messages, written.replace("basic_goal: ", "basic_goal: Kept-Only-Until-Edited "),
                StandardCharsets.UTF_8);
        SortedMap<String, byte[]> fixed = render(incremental);
        assertSameSite(render(new SiteBuilder(config, 1)), fixed);
        assertTrue(text(fixed, "en/wards/kohoku/index.html").contains("Kept-Only-Until-Edited"));
    }

    /** A site of the fixture's content with two editions of Izumi, and its own copy of the templates. */
    private SiteConfig twoEditions() throws Exception {
        Path content = TwoEditions.create(temp.resolve("content"));
        Path templates = Trees.copy(Path.of("templates"), temp.resolve("templates"));
        return new SiteConfig(temp, content, templates, temp.resolve("site"), "http://localhost/");
    }

    private static Ward izumi(SiteBuilder builder) {
        return builder.rendered().wards().stream().filter(w -> w.id().equals("izumi")).findFirst().orElseThrow();
    }

    private static SortedMap<String, byte[]> render(SiteBuilder builder) throws Exception {
        return builder.render(new ArrayList<>()).files();
    }

    private static void assertSameSite(SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
    }
}
