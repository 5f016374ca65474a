package org.hoshin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real command line in a child JVM (the test class path and {@link Main}, so the packaged jar is not
 * needed in Maven's test phase), in a chosen working folder: for tests that must change the working folder or
 * kill the process.
 */
final class HoshinProcess {

    /**
     * What a finished run printed.
     *
     * @param exitCode the exit code
     * @param out      standard output
     * @param err      standard error
     */
    record Result(int exitCode, String out, String err) {
    }

    private HoshinProcess() {
    }

    /** {@code hoshin args…} to run in {@code workDir}; {@code jvmOptions} go before the main class. */
    static ProcessBuilder command(Path workDir, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workDir.toFile());
    }

    /** Runs to the end (at most a minute) and returns what it printed. */
    static Result run(Path workDir, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        Process process = command(workDir, jvmOptions, args).start();
        process.getOutputStream().close();
        CompletableFuture<String> out = read(process.getInputStream());
        CompletableFuture<String> err = read(process.getErrorStream());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("hoshin " + String.join(" ", args) + " did not finish within a minute");
        }
        return new Result(process.exitValue(), out.join(), err.join());
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
