package org.hoshin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command as a user would and measures the whole process: wall time, CPU time and peak resident memory.
 * CPU time and memory come from GNU time ({@code /usr/bin/time}), which reports the largest process of the run,
 * so a launcher script that starts Java is measured by its JVM; without it only wall time is known.
 *
 * @param wallMillis wall-clock time
 * @param cpuMillis  user + system CPU time, or -1 when unknown
 * @param peakKib    peak resident set size in KiB, or -1 when unknown
 */
public record MeasuredProcess(double wallMillis, double cpuMillis, long peakKib) {

    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** Runs {@code command} in {@code dir}, output discarded; fails with the command's output when it fails. */
    static MeasuredProcess run(List<String> command, Path dir) throws IOException {
        Path report = Files.createTempFile("hoshin-bench", ".time");
        Path output = Files.createTempFile("hoshin-bench", ".out");
        try {
            List<String> full = new ArrayList<>();
            boolean timed = Files.isExecutable(GNU_TIME);
            if (timed) {
                full.addAll(List.of(GNU_TIME.toString(), "-f", "%U %S %M", "-o", report.toString()));
            }
            full.addAll(command);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            int status = waitFor(process);
            double wall = (System.nanoTime() - start) / 1e6;
            if (status != 0) {
                throw new IOException(String.join(" ", command) + " failed (exit " + status + "): "
                        + tail(Files.readString(output, StandardCharsets.UTF_8)));
            }
            if (!timed) {
                return new MeasuredProcess(wall, -1, -1);
            }
            String[] fields = lastLine(Files.readString(report, StandardCharsets.UTF_8)).split(" ");
            return new MeasuredProcess(wall, (Double.parseDouble(fields[0]) + Double.parseDouble(fields[1])) * 1000,
                    Long.parseLong(fields[2]));
        } finally {
            Files.deleteIfExists(report);
            Files.deleteIfExists(output);
        }
    }

    /** Two processes run one after the other, as one tool: times add up, memory is the larger peak. */
    MeasuredProcess then(MeasuredProcess next) {
        return new MeasuredProcess(wallMillis + next.wallMillis,
                cpuMillis < 0 || next.cpuMillis < 0 ? -1 : cpuMillis + next.cpuMillis,
                Math.max(peakKib, next.peakKib));
    }

    private static int waitFor(Process process) throws IOException {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    private static String tail(String text) {
        String stripped = text.strip();
        return stripped.length() > 600 ? "…" + stripped.substring(stripped.length() - 600) : stripped;
    }
}
