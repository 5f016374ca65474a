package org.hoshin.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.BuiltSite;
import org.hoshin.testing.TreeSnapshot;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site folder on disk: world-readable permissions, recovery after a build killed between its two renames,
 * removal of the temporary folders an interrupted build left (only hoshin's own), and the upgrade from a site
 * built before the marker existed.
 */
class SiteWriterTest {

    @TempDir
    static Path shared;
    static Path reference;
    static Map<String, String> referenceFiles;

    @TempDir
    Path temp;
    Path site;

    @BeforeAll
    static void buildReference() throws Exception {
        reference = BuiltSite.build(shared.resolve("reference"));
        referenceFiles = TreeSnapshot.of(reference);
    }

    @Test
    void siteFilesAreWorldReadableWhateverTheParentFolderAllows() throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwx------"));
        site = BuiltSite.build(temp.resolve("site"));
        try (Stream<Path> all = Files.walk(site)) {
            for (Path p : all.toList()) {
                String expected = Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--";
                assertEquals(expected, PosixFilePermissions.toString(Files.getPosixFilePermissions(p)),
                        site.relativize(p).toString());
            }
        }
        assertTrue(Files.isRegularFile(site.resolve(OutputGuard.MARKER)), "every build marks its folder");
    }

    @Test
    void aSiteLeftInSiteOldIsRestoredBeforeAnythingElse() throws Exception {
        site = temp.resolve("site");
        Trees.copy(reference, temp.resolve("site.old"));
        Files.createDirectories(temp.resolve("site.new/ja"));
        Files.writeString(temp.resolve("site.new/" + OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
        Files.writeString(temp.resolve("site.new/ja/index.html"), "<p>half written");
        List<String> notes = new ArrayList<>();

        SiteWriter.open(config(site), notes::add);

        assertEquals(referenceFiles, TreeSnapshot.of(site), "the previous site is back, complete");
        assertFalse(Files.exists(temp.resolve("site.old")));
        assertFalse(Files.exists(temp.resolve("site.new")), "the half-written new site is removed");
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("restored") && notes.get(0).contains("site.old"), notes.get(0));
    }

    @Test
    void staleTemporaryFoldersAreRemovedAndTheBuildSucceeds() throws Exception {
        site = temp.resolve("site");
        Trees.copy(reference, site);
        Files.writeString(site.resolve("index.html"), "an older site");
        Path old = Files.createDirectories(temp.resolve("site.old/ja/wards"));
        Files.writeString(temp.resolve("site.old/" + OutputGuard.MARKER), OutputGuard.MARKER_TEXT);
        Files.createDirectories(temp.resolve("site.new"));

        BuiltSite.build(site);

        assertEquals(referenceFiles, TreeSnapshot.of(site));
        assertFalse(Files.exists(old.getParent().getParent()), "half-deleted site.old removed");
        assertFalse(Files.exists(temp.resolve("site.new")), "empty site.new removed");
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of("site"), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aForeignFolderOrALinkNamedLikeATemporaryFolderIsNeverTouched() throws Exception {
        site = temp.resolve("site");
        Trees.copy(reference, site);
        Path elsewhere = Trees.copy(reference, temp.resolve("elsewhere"));
        Files.createDirectories(temp.resolve("site.new"));
        Files.writeString(temp.resolve("site.new/notes.txt"), "someone's notes");
        Map<String, String> before = TreeSnapshot.of(temp);

        OutputFolderException foreign = assertThrows(OutputFolderException.class, () -> BuiltSite.build(site));
        assertTrue(foreign.getMessage().contains("site.new: this name is in the way"), foreign.getMessage());
        assertTrue(foreign.unchanged());
        assertEquals(before, TreeSnapshot.of(temp), "the foreign folder and the site are untouched");

        Files.delete(temp.resolve("site.new/notes.txt"));
        Files.delete(temp.resolve("site.new"));
        Files.createSymbolicLink(temp.resolve("site.old"), elsewhere);
        before = TreeSnapshot.of(temp);
        OutputFolderException link = assertThrows(OutputFolderException.class, () -> BuiltSite.build(site));
        assertTrue(link.getMessage().contains("site.old: a symbolic link is in the way"), link.getMessage());
        assertEquals(before, TreeSnapshot.of(temp), "the link and the folder it points at are untouched");
    }

    @Test
    void aSiteBuiltBeforeTheMarkerIsReplacedButNotIfItHoldsAnythingForeign() throws Exception {
        site = temp.resolve("site");
        Trees.copy(reference, site);
        Files.delete(site.resolve(OutputGuard.MARKER));
        Files.writeString(site.resolve("index.html"), "built by the previous version");
        deleteTree(site.resolve("data"));  // the previous version wrote no open-data folder

        BuiltSite.build(site);
        assertEquals(referenceFiles, TreeSnapshot.of(site), "recognised, replaced and marked");

        Files.delete(site.resolve(OutputGuard.MARKER));
        Files.writeString(site.resolve("CNAME"), "policies.example.org");
        Map<String, String> before = TreeSnapshot.of(temp);
        OutputFolderException e = assertThrows(OutputFolderException.class, () -> BuiltSite.build(site));
        assertTrue(e.getMessage().contains("hoshin did not build"), e.getMessage());
        assertEquals(before, TreeSnapshot.of(temp));
    }

    @Test
    void deletingFollowsNoLink() throws Exception {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Path tree = Files.createDirectories(temp.resolve("tree/sub"));
        Files.createSymbolicLink(tree.resolve("to-outside"), outside);
        SiteWriter.deleteTree(temp.resolve("tree"));
        assertFalse(Files.exists(temp.resolve("tree"), LinkOption.NOFOLLOW_LINKS));
        assertEquals("keep", Files.readString(outside.resolve("keep.txt")));
    }

    private static SiteConfig config(Path out) {
        return new SiteConfig(org.hoshin.testing.Fixture.ROOT, org.hoshin.testing.Fixture.CONTENT,
                BuiltSite.PROJECT.resolve("templates"), out, "https://example.org/hoshin/");
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
