package org.hoshin.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/** A copy of the project's real content in a temporary folder, and a way to run the CLI on it in-process. */
final class ContentFixture {

    /**
     * What a CLI run printed.
     *
     * @param exitCode the exit code
     * @param out      standard output
     * @param err      standard error, with the temporary folder's prefix removed from paths
     */
    record Result(int exitCode, String out, String err) {
    }

    private ContentFixture() {
    }

    /** Copies the project's real content into {@code temp}/content; returns that folder. */
    static Path copyContent(Path temp) throws java.io.IOException {
        Path content = temp.resolve("content");
        org.hoshin.testing.Trees.copy(org.hoshin.testing.Fixture.CONTENT, content);
        return content;
    }

    /** Runs {@code hoshin build} on the copied content into {@code temp}/site. */
    static Result build(Path temp) {
        return run(temp, "build", "--content", temp.resolve("content").toString(), "--out",
                temp.resolve("site").toString());
    }

    /** Replaces {@code from} by {@code to} in {@code path} (relative to {@code temp}), which must contain it. */
    static void edit(Path temp, String path, String from, String to) throws java.io.IOException {
        Path file = temp.resolve(path);
        String text = java.nio.file.Files.readString(file);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains(from), path + " contains " + from);
        java.nio.file.Files.writeString(file, text.replace(from, to));
    }

    /** Adds {@code text} at the end of {@code path} (relative to {@code temp}), after its last non-blank line. */
    static void append(Path temp, String path, String text) throws java.io.IOException {
        Path file = temp.resolve(path);
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file).stripTrailing() + "\n" + text);
    }

    static Result run(Path temp, String... args) {
        Result result = capture(() -> Main.run(args));
        return new Result(result.exitCode(), result.out(), result.err().replace(temp + "/", ""));
    }

    /** Runs {@code command} with standard output and error captured. */
    static Result capture(IntSupplier command) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = command.getAsInt();
            return new Result(code, outBytes.toString(StandardCharsets.UTF_8),
                    errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
