package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths typed on the command line mean the folder the user typed them in: {@code bin/hoshin} moves to the project
 * folder and passes the caller's folder in HOSHIN_CWD, which relative paths resolve against. Runs the real
 * command line in a child JVM started in the "project" with HOSHIN_CWD naming a subfolder, as bin/hoshin does.
 */
class CallerFolderTest {

    @TempDir
    Path temp;

    @Test
    void relativeContentAndOutResolveAgainstTheCallersFolderNotTheProject() throws Exception {
        Path project = temp.resolve("project");
        Trees.copy(org.hoshin.testing.Fixture.CONTENT, project.resolve("content"));
        Path sub = Files.createDirectories(project.resolve("notes"));

        ProcessBuilder command = HoshinProcess.command(project, List.of(), "build", "--content", "../content",
                "--templates", Path.of("templates").toAbsolutePath().toString(), "--out", "preview",
                "--site-url", "https://example.org/");
        command.environment().put("HOSHIN_CWD", sub.toString());
        command.redirectErrorStream(true);
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);

        assertTrue(Files.isRegularFile(sub.resolve("preview/ja/wards/izumi/index.html")),
                "--out preview is notes/preview: " + output);
        assertFalse(Files.exists(project.resolve("preview")), "not the process's folder");
        assertTrue(output.contains(sub.resolve("preview").toString()), "says where it built: " + output);
    }

    @Test
    void relativeContentFromASubfolderWithoutBinHoshinMeansTheProcesssFolder() throws Exception {
        Path project = temp.resolve("project");
        Trees.copy(org.hoshin.testing.Fixture.CONTENT, project.resolve("content"));
        Path sub = Files.createDirectories(project.resolve("notes"));
        Files.writeString(project.resolve("content/wards/izumi/2022/ja/pillars/01/02.md"), "\n編集しました。\n",
                java.nio.file.StandardOpenOption.APPEND);

        HoshinProcess.Result r = HoshinProcess.run(sub, List.of(), "translations", "--content", "../content");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("izumi/2022: 1 stale"), r.out());
    }
}
