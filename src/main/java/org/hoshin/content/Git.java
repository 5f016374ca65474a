package org.hoshin.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks the {@code git} command about the repository the content is in. hoshin works without git (a downloaded
 * copy), so every question may go unanswered: an empty result, never an exception, and the caller says what it
 * could not tell.
 */
final class Git {

    /** Longest a question may take; git answers these in milliseconds. */
    private static final long TIMEOUT_SECONDS = 30;

    private final Path dir;

    /** @param dir the folder git runs in (any folder inside the repository) */
    Git(Path dir) {
        this.dir = dir;
    }

    /** The output of {@code git ARGS} as text, stripped; empty when git is missing or fails. */
    Optional<String> text(String... args) {
        return bytes(null, args).map(b -> new String(b, StandardCharsets.UTF_8).strip());
    }

    /**
     * The output of {@code git ARGS}, with {@code input} written to its standard input on another thread (so a
     * large answer never blocks the question); empty when git is missing or fails.
     */
    Optional<byte[]> bytes(byte[] input, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            Thread writer = feed(process.getOutputStream(), input);
            byte[] out;
            try (InputStream stdout = process.getInputStream()) {
                out = stdout.readAllBytes();
            }
            writer.join();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(out);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            process.destroy();
        }
    }

    private static Thread feed(OutputStream stdin, byte[] input) {
        Thread writer = new Thread(() -> {
            try (stdin) {
                if (input != null) {
                    stdin.write(input);
                }
            } catch (IOException e) {
                // git stopped reading: its exit code tells
            }
        }, "hoshin-git-input");
        writer.setDaemon(true);
        writer.start();
        return writer;
    }
}
