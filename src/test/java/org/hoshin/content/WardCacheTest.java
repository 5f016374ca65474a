package org.hoshin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.hoshin.testing.Fixture;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's wards are read again exactly when their files changed, as {@link FileStamps} tell. */
class WardCacheTest {

    @TempDir
    Path temp;

    @Test
    void anEditOfTheSameSizeWithinTheSameModificationTimeIsSeen() throws Exception {
        Path content = Trees.copy(Fixture.CONTENT, temp.resolve("content"));
        Path initiative = content.resolve("wards/izumi/2022/ja/pillars/01/01.md");
        WardCache cache = new WardCache();
        Ward before = izumi(new ContentLoader(temp, cache).load(content));

        FileTime modified = Files.getLastModifiedTime(initiative);
        String text = Files.readString(initiative, StandardCharsets.UTF_8);
        int at = text.lastIndexOf('。');
        String edited = text.substring(0, at) + "！" + text.substring(at + 1);
        Files.writeString(initiative, edited, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(initiative, modified);
        assertEquals(Files.size(initiative), text.getBytes(StandardCharsets.UTF_8).length, "the same size");

        Ward after = izumi(new ContentLoader(temp, cache).load(content));
        assertTrue(before != after, "the edited ward is read again");
        assertTrue(PolicyTexts.of(after.editions().get(0).policy(Lang.JA)).stream()
                .anyMatch(t -> t.source().contains(edited.substring(at - 10, at + 1))), "the edit is read");
    }

    @Test
    void theStampsOfAFolderChangeWithItsFilesAndOnlyThen() throws Exception {
        Path content = Trees.copy(Fixture.CONTENT, temp.resolve("content"));
        Path ward = content.resolve("wards/izumi");
        String first = FileStamps.of(ward);
        assertEquals(first, FileStamps.of(ward), "nothing changed");
        Path yaml = ward.resolve("ward.yaml");
        FileTime modified = Files.getLastModifiedTime(yaml);
        byte[] bytes = Files.readAllBytes(yaml);
        bytes[bytes.length - 2] = (byte) (bytes[bytes.length - 2] == 'a' ? 'b' : 'a');
        Files.write(yaml, bytes);
        Files.setLastModifiedTime(yaml, modified);
        assertTrue(!first.equals(FileStamps.of(ward)), "a same-size edit in the same tick is seen");
    }

    @Test
    void aWardWhoseFilesWereRecentIsKeptOnceTheyAreNot() throws Exception {
        Path content = Trees.copy(Fixture.CONTENT, temp.resolve("content"));
        WardCache cache = new WardCache();
        Ward before = izumi(new ContentLoader(temp, cache).load(content));
        Thread.sleep(FileStamps.RECENT_MILLIS + 100);
        assertSame(before, izumi(new ContentLoader(temp, cache).load(content)),
                "the copied files lost their hashes as they aged, and nothing else changed");
    }

    @Test
    void aStampIsTheSameWithoutTheHashItHadWhenRecentButNotWithAnotherHash() throws Exception {
        Path content = Trees.copy(Fixture.CONTENT, temp.resolve("content"));
        String recent = FileStamps.of(content.resolve("wards/izumi"));
        Files.setLastModifiedTime(content.resolve("wards/izumi/ward.yaml"), FileTime.fromMillis(0));
        String aged = FileStamps.of(content.resolve("wards/izumi"));
        String withoutHashes = recent.replaceAll("\t#[0-9a-f]+\n", "\n");
        assertTrue(!recent.equals(withoutHashes), "the copied files are hashed while recent");
        assertTrue(FileStamps.same(recent, withoutHashes));
        assertTrue(!FileStamps.same(withoutHashes, recent), "a file hashed now was modified since");
        assertTrue(!FileStamps.same(recent, recent.replaceFirst("\t#[0-9a-f]", "\t#x")), "another hash");
        assertTrue(!FileStamps.same(recent, aged), "another time");
    }

    private static Ward izumi(SiteContent content) {
        return content.wards().stream().filter(w -> w.id().equals("izumi")).findFirst().orElseThrow();
    }
}
