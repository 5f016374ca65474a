package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hoshin.testing.TreeSnapshot;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * `hoshin build --out X` for every X that must never be replaced, run as a real process in a throw-away project
 * (content, templates, seeds/, src/, .git/, a home folder): exit 1, a message saying why and what to do, no stack
 * trace, and not one byte changed anywhere in the throw-away folder.
 */
class BuildOutputGuardTest {

    @TempDir
    static Path temp;
    static Path project;
    static Path home;

    @BeforeAll
    static void makeProject() throws IOException {
        project = temp.resolve("project");
        Trees.copy(org.hoshin.testing.Fixture.CONTENT, project.resolve("content"));
        Trees.copy(Path.of("templates"), project.resolve("templates"));
        for (String file : List.of("seeds/izumi.txt", "src/Main.java", ".git/HEAD", "foreign/notes.txt")) {
            Files.createDirectories(project.resolve(file).getParent());
            Files.writeString(project.resolve(file), file);
        }
        Files.writeString(project.resolve("afile"), "not a folder");
        Files.createSymbolicLink(project.resolve("link"), project.resolve("content"));
        home = Files.createDirectories(temp.resolve("home"));
        Files.writeString(home.resolve(".profile"), "mine");
    }

    @ParameterizedTest(name = "--out {0}")
    @CsvSource(delimiter = '|', value = {
        ".             | this is the project folder",
        "..            | this folder contains the project folder",
        "content       | this is the content folder",
        "content/wards | this folder is inside the content folder",
        "templates     | this is the templates folder",
        "seeds         | this is the project's seeds/ folder",
        "src           | this is the project's src/ folder",
        ".git          | this is the project's .git/ folder",
        "/             | this is the root of the file system",
        "HOME          | this is your home folder",
        "afile         | this is a file, not a folder",
        "link          | refusing to replace a symbolic link",
        "foreign       | refusing to replace a folder that hoshin did not build",
    })
    void refusesAndChangesNothing(String out, String why) throws Exception {
        String given = out.equals("HOME") ? home.toString() : out;
        Map<String, String> before = TreeSnapshot.of(temp);
        HoshinProcess.Result r = HoshinProcess.run(project, List.of("-Duser.home=" + home), "build", "--out", given);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains(given + ": "), "the message names the folder:\n" + r.err());
        assertTrue(r.err().contains(why), r.err());
        assertTrue(r.err().contains("(use --out site") || r.err().contains("(point --out")
                || r.err().contains("(delete the file") || r.err().contains("(move its files away"),
                "the message says what to do:\n" + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace:\n" + r.err());
        assertEquals("", r.out());
        assertEquals(before, TreeSnapshot.of(temp), "nothing changed");
    }
}
