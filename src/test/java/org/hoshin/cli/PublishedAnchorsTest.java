package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.hoshin.testing.TreeSnapshot;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Published" means merged: {@code check} compares the anchors of the content with those the default branch has
 * (in a temporary git repository here), a local build records nothing, an anchor that only ever lived on a branch
 * counts for nothing, and a duplicate id is blamed on the file that introduced it.
 */
class PublishedAnchorsTest {

    private static final String EDITION = "content/wards/izumi/2022/";
    private static final String ITEM = EDITION + "ja/pillars/01/03.md";
    private static final String NEW_ITEM = EDITION + "ja/pillars/01/99.md";

    @TempDir
    Path temp;
    Path content;

    @BeforeEach
    void copyContent() throws IOException {
        content = ContentFixture.copyContent(temp);
        Files.deleteIfExists(temp.resolve(EDITION + "published-ids.txt"));
    }

    @Test
    void anAnchorOnTheDefaultBranchThatABranchRemovesFailsCheckAtItsFileUntilAnItemKeepsIt() throws Exception {
        gitRepositoryOnMain();
        git("checkout", "-q", "-b", "rename");
        ContentFixture.edit(temp, ITEM, "id: p1-3", "id: p1-3x");
        commit("rename an initiative's id");

        ContentFixture.Result failed = check();
        assertEquals(1, failed.exitCode(), failed.err());
        assertTrue(failed.err().contains(ITEM + ":2:1: the published anchor #p1-3 no longer exists (it is on main)"
                + " (links to it would break: add 'aliases: [p1-3]' to the item that replaces it, or restore the id)"),
                failed.err());

        ContentFixture.edit(temp, ITEM, "id: p1-3x", "id: p1-3x\naliases: [p1-3]");
        ContentFixture.Result kept = check();
        assertEquals(0, kept.exitCode(), kept.err());
        assertFalse(kept.err().contains("p1-3"), kept.err());
        ContentFixture.Result built = ContentFixture.build(temp);
        assertEquals(0, built.exitCode(), built.err());
        for (String lang : List.of("ja", "en")) {
            Element anchor = Jsoup.parse(temp.resolve("site/" + lang + "/wards/izumi/2022/index.html").toFile(),
                    "UTF-8").getElementById("p1-3");
            assertNotNull(anchor, lang);
            assertNotNull(anchor.closest("article#p1-3x"), "the old anchor is inside the item: " + anchor);
        }
    }

    @Test
    void anIdAddedAndRemovedOnABranchWasNeverPublishedEvenAfterALocalBuild() throws Exception {
        gitRepositoryOnMain();
        git("checkout", "-q", "-b", "draft");
        Files.writeString(temp.resolve(NEW_ITEM), "---\nid: p1-99\ntitle: 新しい取組\n---\n\n本文です。\n");
        commit("a draft initiative");
        Map<String, String> before = TreeSnapshot.of(content);
        ContentFixture.Result built = ContentFixture.build(temp);
        assertEquals(0, built.exitCode(), built.err());
        assertEquals(before, TreeSnapshot.of(content), "a build writes nothing into content/");

        Files.delete(temp.resolve(NEW_ITEM));
        commit("the draft goes");
        ContentFixture.Result checked = check();
        assertEquals(0, checked.exitCode(), checked.err());
        assertFalse(checked.err().contains("p1-99"), checked.err());
    }

    @Test
    void aPushToTheDefaultBranchThatRemovesAnAnchorFailsAsAnEditInTheBrowserWould() throws Exception {
        gitRepositoryOnMain();
        Files.delete(temp.resolve(ITEM));
        Files.deleteIfExists(temp.resolve(ITEM.replace("/ja/", "/en/")));
        commit("delete an initiative on main");
        ContentFixture.Result checked = check();
        assertEquals(1, checked.exitCode(), checked.err());
        assertTrue(checked.err().contains(ITEM + ":2:1: the published anchor #p1-3 no longer exists"), checked.err());
    }

    @Test
    void aRemovedEditionIsNamedAndTheBranchCanBeChosen() throws Exception {
        Path earlier = temp.resolve("content/wards/izumi/2019");
        org.hoshin.testing.Trees.copy(temp.resolve(EDITION), earlier);
        gitRepositoryOnMain();
        git("branch", "-m", "main", "trunk");
        git("checkout", "-q", "-b", "remove");
        try (var walk = Files.walk(earlier)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        commit("remove an edition");
        ContentFixture.Result unknown = check();
        assertEquals(0, unknown.exitCode(), unknown.err());
        assertTrue(unknown.err().contains("content: warning: published anchors not compared: no default branch "
                + "(origin/HEAD, origin/main, origin/master, main, master) found"), unknown.err());

        ContentFixture.Result checked = ContentFixture.run(temp, "check", "--content", content.toString(),
                "--published-branch", "trunk");
        assertEquals(1, checked.exitCode(), checked.err());
        assertTrue(checked.err().contains("content/wards/izumi/2019: an edition published on trunk no longer "
                + "exists"), checked.err());
    }

    @Test
    void withoutGitCheckSaysItCouldNotCompare() {
        ContentFixture.Result checked = check();
        assertEquals(0, checked.exitCode(), checked.err());
        assertTrue(checked.err().contains("content: warning: published anchors not compared: no git, or content/ "
                + "is not in a git repository"), checked.err());
    }

    @Test
    void aLeftoverPublishedIdsFileIsNeitherReadNorWritten() throws IOException {
        Path list = temp.resolve(EDITION + "published-ids.txt");
        String text = "\uFEFF# kept by an editor\np1-3\nno-such-id\n";
        Files.writeString(list, text, StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            ContentFixture.Result built = ContentFixture.build(temp);
            assertEquals(0, built.exitCode(), built.err());
        }
        assertEquals(text, Files.readString(list, StandardCharsets.UTF_8));
    }

    @Test
    void aDuplicateIdIsBlamedOnTheFileGitAddedLater() throws Exception {
        Path newer = temp.resolve(EDITION + "ja/pillars/01/00.md");
        git("init", "-q", "-b", "main");
        git("add", "-A");
        commit("2022-04-01T00:00:00Z", "published content");
        Files.writeString(newer, "---\nid: p1-3\ntitle: 新しい取組\n---\n\n本文です。\n");
        git("add", "-A");
        commit("2023-04-01T00:00:00Z", "a new initiative reusing a published id");

        ContentFixture.Result r = ContentFixture.build(temp);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains(EDITION + "ja/pillars/01/00.md:2:1: duplicate id 'p1-3': already used by "
                + ITEM + ":2 (give this new item another id)"), r.err());
        assertFalse(r.err().contains(ITEM + ":2:1: duplicate id"), "the published item is not blamed:\n" + r.err());
    }

    private ContentFixture.Result check() {
        return ContentFixture.run(temp, "check", "--content", content.toString());
    }

    private void gitRepositoryOnMain() throws Exception {
        git("init", "-q", "-b", "main");
        commit("published content");
    }

    private void commit(String message) throws Exception {
        git("add", "-A");
        commit("2024-04-01T00:00:00Z", message);
    }

    private void commit(String date, String message) throws Exception {
        git(Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date), "-c", "user.name=t", "-c",
                "user.email=t@example.org", "commit", "-q", "-m", message);
    }

    private void git(String... args) throws Exception {
        git(Map.of(), args);
    }

    private void git(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile()).inheritIO();
        builder.environment().putAll(env);
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), String.join(" ", command));
    }
}
