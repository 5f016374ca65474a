package org.hoshin.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLayout;
import org.hoshin.content.ContentWriter;
import org.hoshin.content.Location;
import org.hoshin.content.Policy;
import org.hoshin.content.Sha256;
import org.hoshin.content.SourceInfo;
import org.hoshin.content.TextFiles;

/**
 * Imports seed texts into {@code content/}. It plans every ward first and writes only when nothing conflicts:
 * a file changed by an editor since the last import is never overwritten unless {@code force} is set, and an
 * unchanged seed leaves its ward untouched.
 */
public final class Importer {

    private final SeedHeaderFinder headers = new SeedHeaderFinder();
    private final ContentWriter writer = new ContentWriter();

    public ImportReport run(Path seedsDir, Path contentDir, boolean force) throws ImportException {
        List<Path> seeds = seedFiles(seedsDir);
        if (seeds.isEmpty()) {
            throw new ImportException(List.of(seedsDir + ": no seed texts (*.txt) found"));
        }
        List<String> problems = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        List<WardPlan> plans = new ArrayList<>();
        for (Path seed : seeds) {
            try {
                WardPlan plan = plan(seed, contentDir, force);
                Path earlier = seen.putIfAbsent(plan.wardId + "/" + plan.header.fiscalYear().start(), seed);
                if (earlier != null) {
                    problems.add(seed + ": the " + plan.header.fiscalYear().japanese() + " edition of ward '"
                            + plan.wardId + "' was already imported from " + earlier
                            + " (keep one seed per ward and fiscal year in the seeds folder)");
                    continue;
                }
                problems.addAll(plan.conflicts);
                plans.add(plan);
            } catch (ContentException e) {
                e.errors().forEach(err -> problems.add(err.format()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        int written = 0;
        for (WardPlan plan : plans) {
            written += plan.apply();
            lines.add(plan.summary());
        }
        return new ImportReport(lines, written);
    }

    private WardPlan plan(Path seed, Path contentDir, boolean force) throws ContentException {
        byte[] bytes = readBytes(seed);
        String text = TextFiles.readUtf8(seed, seed);
        SeedHeader header = headers.find(text).orElseThrow(() -> new ContentException(
                new ContentError(Location.of(seed),
                        "no title line such as '令和４年度 泉区運営方針' naming a Yokohama ward was found",
                        "the seed must contain the policy's title with fiscal year and ward name")));
        String seedHash = Sha256.of(bytes);
        Policy policy = new SeedParser(Location.of(seed)).parse(text, header);
        SortedMap<String, String> files = writer.files(new SourceInfo(seed.getFileName().toString(), seedHash, ""),
                policy);
        Path wardDir = ContentLayout.editionDir(contentDir, header.ward().id(), header.fiscalYear());
        ImportManifest manifest;
        try {
            manifest = ImportManifest.read(wardDir);
        } catch (IOException e) {
            throw new ContentException(new ContentError(
                    Location.of(wardDir.resolve(ImportManifest.FILE_NAME)),
                    "cannot read the import record: " + e.getMessage(), "delete it and import with --force"));
        }
        return new WardPlan(header, seed, wardDir, seedHash, manifest, files, force);
    }

    private static byte[] readBytes(Path seed) throws ContentException {
        try {
            return Files.readAllBytes(seed);
        } catch (IOException e) {
            throw new ContentException(new ContentError(Location.of(seed),
                    "cannot read seed: " + e.getMessage()));
        }
    }

    private static List<Path> seedFiles(Path seedsDir) throws ImportException {
        if (!Files.isDirectory(seedsDir)) {
            throw new ImportException(List.of(seedsDir + ": seeds folder not found"));
        }
        try (Stream<Path> files = Files.list(seedsDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new ImportException(List.of(seedsDir + ": cannot list seeds: " + e.getMessage()));
        }
    }

    /** The changes import would make to one ward folder. */
    private static final class WardPlan {
        final String wardId;
        final SeedHeader header;
        final Path seed;
        final Path wardDir;
        final boolean unchanged;
        final ImportManifest next;
        final SortedMap<String, String> writes = new TreeMap<>();
        final List<String> deletes = new ArrayList<>();
        final List<String> conflicts = new ArrayList<>();

        WardPlan(SeedHeader header, Path seed, Path wardDir, String seedHash, ImportManifest manifest,
                 SortedMap<String, String> files, boolean force) {
            this.wardId = header.ward().id();
            this.header = header;
            this.seed = seed;
            this.wardDir = wardDir;
            this.unchanged = seedHash.equals(manifest.seedSha256()) && !force;
            SortedMap<String, String> hashes = new TreeMap<>();
            files.forEach((path, text) -> hashes.put(path, Sha256.of(text)));
            this.next = new ImportManifest(seedHash, hashes);
            if (unchanged) {
                return;
            }
            for (var file : files.entrySet()) {
                String current = readIfPresent(wardDir.resolve(file.getKey()));
                if (current == null || !current.equals(file.getValue())) {
                    if (current != null && !force && !unedited(manifest, file.getKey(), current)) {
                        conflicts.add(wardDir.resolve(file.getKey()) + ": edited since the last import; "
                                + "import would overwrite it (keep your edit, or run import --force to replace it)");
                    }
                    writes.put(file.getKey(), file.getValue());
                }
            }
            for (String old : manifest.files().keySet()) {
                String current = readIfPresent(wardDir.resolve(old));
                if (!files.containsKey(old) && current != null) {
                    if (!force && !unedited(manifest, old, current)) {
                        conflicts.add(wardDir.resolve(old) + ": edited since the last import, and the new seed "
                                + "no longer produces it (keep it by hand, or run import --force to delete it)");
                    }
                    deletes.add(old);
                }
            }
        }

        private static boolean unedited(ImportManifest manifest, String path, String current) {
            return Sha256.of(current).equals(manifest.files().get(path));
        }

        int apply() {
            if (unchanged) {
                return 0;
            }
            try {
                for (var write : writes.entrySet()) {
                    Path target = wardDir.resolve(write.getKey());
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, write.getValue(), StandardCharsets.UTF_8);
                }
                for (String old : deletes) {
                    Files.deleteIfExists(wardDir.resolve(old));
                }
                Files.createDirectories(wardDir);
                Files.writeString(wardDir.resolve(ImportManifest.FILE_NAME), next.toYaml(), StandardCharsets.UTF_8);
                Path wardFile = wardDir.getParent().resolve(ContentLayout.WARD_FILE);
                if (!Files.exists(wardFile)) {
                    Files.writeString(wardFile, new ContentWriter().wardFile(header.ward()), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return writes.size() + deletes.size();
        }

        String summary() {
            String what = header.ward().id() + " (" + header.title() + ") from " + seed.getFileName();
            if (unchanged) {
                return what + ": seed unchanged since the last import, nothing to do";
            }
            return what + ": " + writes.size() + " file(s) written, " + deletes.size() + " removed";
        }

        private static String readIfPresent(Path file) {
            try {
                return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
