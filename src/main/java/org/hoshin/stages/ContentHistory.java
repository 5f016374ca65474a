package org.hoshin.stages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * When each file of {@code content/} last changed, from git: the date of the last commit that touched it, so a
 * page's footer can say when its content last changed. Read once per build with one {@code git log}; the answer
 * depends on the commits alone, so rebuilding the same commit gives the same dates. Dates are days in Yokohama's
 * time zone. Outside a git work tree (a copy, an unpacked archive) or without git, nothing is known and pages say
 * nothing about their date, which is the same on every such build.
 */
public final class ContentHistory {

    /** Dates are the city's days, whatever the time zone of the machine that builds. */
    static final ZoneId YOKOHAMA = ZoneId.of("Asia/Tokyo");
    private static final long TIMEOUT_SECONDS = 60;
    private static final String COMMIT = "\u0001";

    /** Each file (relative to content/, with "/") with the commit time of the newest commit that touched it. */
    private final Map<String, Long> lastChanged;
    private final Map<String, Optional<LocalDate>> byFolder = new ConcurrentHashMap<>();

    private ContentHistory(Map<String, Long> lastChanged) {
        this.lastChanged = lastChanged;
    }

    /** Nothing known: the build is outside git. */
    public static ContentHistory unknown() {
        return new ContentHistory(Map.of());
    }

    /** The history of {@code contentDir} from git, or {@link #unknown()} when git cannot tell. */
    static ContentHistory read(Path contentDir) {
        List<String> command = List.of("git", "-c", "core.quotePath=false", "log", "--relative", "--no-renames",
                "--format=" + COMMIT + "%ct", "--name-only", "--", ".");
        try {
            Process git = new ProcessBuilder(command).directory(contentDir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            git.getOutputStream().close();
            String log;
            try (InputStream out = git.getInputStream()) {
                log = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!git.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroyForcibly();
                return unknown();
            }
            return new ContentHistory(parse(log));
        } catch (IOException e) {
            return unknown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unknown();
        }
    }

    /** The log is newest first: a file's first mention is its last change. */
    static Map<String, Long> parse(String log) {
        Map<String, Long> files = new HashMap<>();
        long time = 0;
        for (String line : log.split("\n")) {
            if (line.startsWith(COMMIT)) {
                time = Long.parseLong(line.substring(1).strip());
            } else if (!line.isBlank()) {
                files.putIfAbsent(line.strip(), time);
            }
        }
        return files;
    }

    /**
     * The day of the last commit that touched any file under the given folders or files of content/ ("wards/izumi/2022",
     * "" for all of content/); empty when git knows none of them.
     */
    public Optional<LocalDate> lastChanged(List<String> paths) {
        return paths.stream().map(this::lastChanged).flatMap(Optional::stream).max(LocalDate::compareTo);
    }

    private Optional<LocalDate> lastChanged(String path) {
        return byFolder.computeIfAbsent(path, p -> {
            String folder = p.isEmpty() || p.endsWith("/") ? p : p + "/";
            return lastChanged.entrySet().stream()
                    .filter(e -> p.isEmpty() || e.getKey().equals(p) || e.getKey().startsWith(folder))
                    .map(Map.Entry::getValue).max(Long::compare)
                    .map(t -> LocalDate.ofInstant(Instant.ofEpochSecond(t), YOKOHAMA));
        });
    }
}
