package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ids that stay: an anchor an earlier build published may not disappear unless the item that replaces it keeps
 * it as an alias, build records new anchors (check does not), and a duplicate id is blamed on the file that
 * introduced it.
 */
class PublishedIdsTest {

    private static final String EDITION = "content/wards/izumi/2022/";
    private static final String LIST = EDITION + "published-ids.txt";
    private static final String ITEM = EDITION + "ja/pillars/01/03.md";

    @TempDir
    Path temp;
    Path content;
    Path site;

    @BeforeEach
    void copyContent() throws IOException {
        content = ContentFixture.copyContent(temp);
        site = temp.resolve("site");
    }

    @Test
    void aRenamedPublishedIdIsAnErrorAtTheListUntilTheItemKeepsItAsAnAlias() throws IOException {
        assertTrue(lines(LIST).contains("p1-3"), "the committed list has the anchor");
        int line = lines(LIST).indexOf("p1-3") + 1;
        ContentFixture.edit(temp, ITEM, "id: p1-3", "id: p1-3x");
        String before = Files.readString(temp.resolve(LIST));

        ContentFixture.Result failed = build();
        assertEquals(1, failed.exitCode(), failed.err());
        assertTrue(failed.err().contains(LIST + ":" + line + ":1: the published anchor #p1-3 no longer exists "
                + "(add 'aliases: [p1-3]' to the item that replaces it, or restore the id)"), failed.err());
        assertEquals(before, Files.readString(temp.resolve(LIST)), "a failed build writes no list");

        ContentFixture.edit(temp, ITEM, "id: p1-3x", "id: p1-3x\naliases: [p1-3]");
        ContentFixture.Result built = build();
        assertEquals(0, built.exitCode(), built.err());
        for (String lang : List.of("ja", "en")) {
            for (String page : List.of("wards/izumi/2022/", "wards/izumi/")) {
                Element anchor = Jsoup.parse(site.resolve(lang + "/" + page + "index.html").toFile(), "UTF-8")
                        .getElementById("p1-3");
                assertNotNull(anchor, lang + "/" + page);
                assertNotNull(anchor.closest("article#p1-3x"), "the old anchor is inside the item: " + anchor);
            }
        }
        List<String> after = lines(LIST);
        assertTrue(after.contains("p1-3") && after.contains("p1-3x"), "the new id is added, the old one kept");
        assertEquals(after.stream().filter(l -> !l.startsWith("#")).sorted().toList(),
                after.stream().filter(l -> !l.startsWith("#")).toList(), "sorted");
    }

    @Test
    void checkReportsWithoutWritingAndBuildOnlyAddsIds() throws IOException {
        ContentFixture.edit(temp, ITEM, "id: p1-3", "id: p1-9\naliases: [p1-3]");
        String before = Files.readString(temp.resolve(LIST));
        ContentFixture.Result checked = ContentFixture.run(temp, "check", "--content", content.toString());
        assertEquals(0, checked.exitCode(), checked.err());
        assertEquals(before, Files.readString(temp.resolve(LIST)), "check never writes content/");

        ContentFixture.Result built = build();
        assertEquals(0, built.exitCode(), built.err());
        assertTrue(built.out().contains("recorded new anchors in " + content.resolve("wards/izumi/2022")
                .resolve("published-ids.txt")), built.out());
        List<String> after = lines(LIST);
        assertTrue(after.contains("p1-9"), String.join("\n", after));
        List<String> old = before.lines().toList();
        assertTrue(after.containsAll(old), "nothing removed");
        assertEquals(old.size() + 1, after.size(), "one id added");
    }

    @Test
    void aDuplicateIdIsBlamedOnTheFileGitAddedLater() throws Exception {
        Path newer = temp.resolve(EDITION + "ja/pillars/01/00.md");
        git("init", "-q");
        git("add", "-A");
        commit("2022-04-01T00:00:00Z", "published content");
        Files.writeString(newer, "---\nid: p1-3\ntitle: 新しい取組\n---\n\n本文です。\n");
        git("add", "-A");
        commit("2023-04-01T00:00:00Z", "a new initiative reusing a published id");

        ContentFixture.Result r = build();
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains(EDITION + "ja/pillars/01/00.md:2:1: duplicate id 'p1-3': already used by "
                + ITEM + ":2, which is published (give this new item another id)"), r.err());
        assertFalse(r.err().contains(ITEM + ":2:1: duplicate id"), "the published item is not blamed:\n" + r.err());
    }

    private void commit(String date, String message) throws Exception {
        git(Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date), "-c", "user.name=t", "-c",
                "user.email=t@example.org", "commit", "-q", "-m", message);
    }

    private void git(String... args) throws Exception {
        git(Map.of(), args);
    }

    private void git(Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile()).inheritIO();
        builder.environment().putAll(env);
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", command));
    }

    private List<String> lines(String path) throws IOException {
        return Files.readAllLines(temp.resolve(path));
    }

    private ContentFixture.Result build() {
        return ContentFixture.build(temp);
    }
}
