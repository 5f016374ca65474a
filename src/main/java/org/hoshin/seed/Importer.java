package org.hoshin.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLayout;
import org.hoshin.content.ContentWriter;
import org.hoshin.content.Location;
import org.hoshin.content.Message;
import org.hoshin.content.Policy;
import org.hoshin.content.SafeFiles;
import org.hoshin.content.Sha256;
import org.hoshin.content.SourceInfo;
import org.hoshin.content.TextFiles;
import org.hoshin.content.YamlNode;
import org.hoshin.content.YamlReader;

/**
 * Imports seed texts into {@code content/}, all or nothing. It plans every ward first — reading every seed, every
 * file it would replace and every import record, and finding every problem (an editor's change, a folder where a
 * file belongs, a link, a record naming a path outside its ward) — and writes only when nothing is wrong; a
 * failure while writing restores everything written in the run ({@link ImportTransaction}).
 *
 * <p>A ward is touched only when its seed changed since the last import. {@code force} then overwrites (or
 * deletes) files editors changed in that ward; it never rewrites a ward whose seed is unchanged.
 */
public final class Importer {

    private final SeedHeaderFinder headers = new SeedHeaderFinder();
    private final ContentWriter writer = new ContentWriter();
    private final ImportTransaction.Step step;

    public Importer() {
        this(target -> { });
    }

    /** @param step called before each file is written; lets tests make a write fail */
    Importer(ImportTransaction.Step step) {
        this.step = step;
    }

    /** Imports every seed of {@code seedsDir}. */
    public ImportReport run(Path seedsDir, Path contentDir, boolean force) throws ImportException {
        return run(ImportRequest.all(seedsDir, contentDir, force));
    }

    /** Imports the seeds the request names (or all of its folder), each as the edition of its fiscal year. */
    public ImportReport run(ImportRequest request) throws ImportException {
        List<Path> listed = request.files().isEmpty() ? seedFiles(request.seedsDir()) : request.files();
        if (listed.isEmpty()) {
            throw new ImportException(List.of(request.seedsDir() + ": no seed texts (*.txt) found"));
        }
        List<String> extracted = new ArrayList<>();
        List<Path> seeds = new PdfSeeds().texts(listed, !request.files().isEmpty(), extracted);
        List<String> problems = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        List<EditionPlan> plans = new ArrayList<>();
        SeedWards wards;
        try {
            wards = SeedWards.of(request.ward(), request.contentDir());
        } catch (ContentException e) {
            throw new ImportException(messages(e));
        }
        for (Path seed : seeds) {
            try {
                EditionPlan plan = plan(seed, request.contentDir(), request.force(), wards);
                Path earlier = seen.putIfAbsent(plan.edition(), seed);
                if (earlier != null) {
                    problems.add(seed + ": the edition " + plan.edition() + " was already imported from " + earlier
                            + " (keep one seed per ward and fiscal year)");
                    continue;
                }
                problems.addAll(plan.conflicts());
                plans.add(plan);
            } catch (ContentException e) {
                e.errors().forEach(err -> problems.add(err.format()));
            } catch (InvalidPathException e) {
                problems.addAll(messages(SafeFiles.unreadableName(seed)));
            }
        }
        if (problems.isEmpty()) {
            replanLaterYears(plans, request, wards, problems);
        }
        if (problems.isEmpty()) {
            problems.addAll(buildProblems(request.contentDir(), plans));
        }
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        ImportReport report = apply(plans);
        extracted.addAll(report.lines());
        return new ImportReport(extracted, report.written());
    }

    /**
     * Plans again, in year order, each edition of a ward of which an earlier edition is imported in the same run:
     * its items are paired with that edition as it will be written (in a scratch copy of the ward's folder), not
     * with what the content holds before the run, so a new ward's two years imported together are paired too.
     */
    private void replanLaterYears(List<EditionPlan> plans, ImportRequest request, SeedWards wards,
                                  List<String> problems) throws ImportException {
        Map<String, List<Integer>> byWard = new TreeMap<>();
        for (int i = 0; i < plans.size(); i++) {
            if (!plans.get(i).unchanged()) {
                byWard.computeIfAbsent(plans.get(i).ward(), w -> new ArrayList<>()).add(i);
            }
        }
        for (var ward : byWard.entrySet()) {
            List<Integer> order = ward.getValue().stream()
                    .sorted(Comparator.comparingInt(i -> plans.get(i).year())).toList();
            for (int k = 1; k < order.size(); k++) {
                try {
                    plans.set(order.get(k), replan(plans, order.subList(0, k), order.get(k), request, wards));
                } catch (ContentException e) {
                    e.errors().forEach(err -> problems.add(err.format()));
                } catch (IOException e) {
                    problems.add(Message.format("import.cannotCheck", request.contentDir(), e.getMessage()));
                }
            }
        }
    }

    private EditionPlan replan(List<EditionPlan> plans, List<Integer> earlier, int index, ImportRequest request,
                               SeedWards wards) throws ContentException, IOException {
        Path temp = Files.createTempDirectory("hoshin-import-lineage-");
        try {
            Path wardDir = ContentLayout.wardDir(request.contentDir(), plans.get(index).ward());
            Path copy = temp.resolve("content");
            List<ImportCheck.Change> changes = new ArrayList<>();
            for (int i : earlier) {
                plans.get(i).changes().forEach(c -> changes.add(new ImportCheck.Change(c.target(), c.next())));
            }
            ImportCheck.copyWithChanges(wardDir, ContentLayout.wardDir(copy, plans.get(index).ward()), changes);
            return plan(plans.get(index).seed(), request.contentDir(), request.force(), wards, copy);
        } finally {
            ImportCheck.deleteTree(temp);
        }
    }

    /** What the build would reject in the editions once the plans are carried out. */
    private static List<String> buildProblems(Path contentDir, List<EditionPlan> plans) throws ImportException {
        List<ImportCheck.Change> changes = new ArrayList<>();
        List<Path> editions = new ArrayList<>();
        for (EditionPlan plan : plans) {
            if (!plan.unchanged()) {
                plan.changes().forEach(c -> changes.add(new ImportCheck.Change(c.target(), c.next())));
                editions.add(plan.editionDir());
            }
        }
        if (editions.isEmpty()) {
            return List.of();
        }
        try {
            List<ContentError> errors = new ImportCheck().problems(contentDir, changes, editions);
            List<String> problems = new ArrayList<>();
            if (!errors.isEmpty()) {
                problems.add(Message.format("import.buildRejects"));
                errors.forEach(err -> problems.add(err.format()));
            }
            return problems;
        } catch (IOException e) {
            throw new ImportException(List.of(Message.format("import.cannotCheck", contentDir, e.getMessage())));
        }
    }

    private ImportReport apply(List<EditionPlan> plans) throws ImportException {
        ImportTransaction transaction = new ImportTransaction(step);
        Path current = null;
        try {
            for (EditionPlan plan : plans) {
                for (FileChange change : plan.changes()) {
                    current = change.target();
                    if (change.next() == null) {
                        transaction.delete(change.target(), change.previous());
                    } else {
                        transaction.write(change.target(), change.previous(), change.next());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            List<String> problems = new ArrayList<>();
            problems.add(Message.format("import.cannotWrite", current, e.getMessage()));
            List<String> unrestored = transaction.rollback();
            problems.add(Message.format(unrestored.isEmpty() ? "import.restored" : "import.notRestored"));
            problems.addAll(unrestored);
            throw new ImportException(problems);
        }
        int written = 0;
        List<String> lines = new ArrayList<>();
        for (EditionPlan plan : plans) {
            written += plan.fileCount();
            lines.add(plan.summary());
            lines.addAll(plan.warnings());
        }
        return new ImportReport(lines, written);
    }

    private EditionPlan plan(Path seed, Path contentDir, boolean force, SeedWards wards) throws ContentException {
        return plan(seed, contentDir, force, wards, contentDir);
    }

    /** @param lineageDir the content folder whose editions of the ward the new edition follows */
    private EditionPlan plan(Path seed, Path contentDir, boolean force, SeedWards wards, Path lineageDir)
            throws ContentException {
        byte[] bytes = SafeFiles.read(seed, seed);
        String text = TextFiles.decodeUtf8(bytes, seed);
        SeedTitle title;
        try {
            title = headers.findTitle(text).orElseThrow(() -> new ContentException(
                    ContentError.of(Location.of(seed), "seed.noTitle")));
        } catch (SeedHeaderFinder.YearOutOfRange e) {
            throw new ContentException(ContentError.of(new Location(seed, e.line(), 1), "seed.yearOutOfRange",
                    e.title()));
        }
        SeedHeader header = wards.headerOf(seed, title);
        String seedHash = Sha256.of(bytes);
        String wardId = header.ward().id();
        SafeFiles.kind(contentDir, contentDir);
        String editionPath = ContentLayout.WARDS + "/" + wardId + "/" + header.fiscalYear().start();
        Path editionDir = SafeFiles.checkChain(contentDir, editionPath, contentDir);
        ImportManifest manifest = ImportManifest.read(editionDir);
        String what = Message.format("import.edition", wardId, header.fiscalYear().start(), header.title(),
                seed.getFileName());
        if (seedHash.equals(manifest.seedSha256())) {
            return new EditionPlan(seed, wardId + "/" + header.fiscalYear().start(), editionDir, what, true, List.of(),
                    List.of(), List.of());
        }
        ParsedSeed parsed = new SeedParser(Location.of(seed)).read(text, header);
        String seedName = seed.getFileName().toString();
        WardLineage lineage = lineage(lineageDir, wardId, header.fiscalYear().start());
        ImportIdentity identity = ImportIdentity.of(parsed.policy(), lineage);
        SortedMap<String, String> files = writer.files(new SourceInfo(seedName, seedHash,
                recordedUrl(editionDir)), identity.policy());
        SortedMap<String, String> carried = CarriedTranslations.of(lineageDir, wardId, lineage.neighbour(), files);
        files.putAll(carried);
        List<FileChange> changes = new ArrayList<>();
        Path wardFile = SafeFiles.checkChain(contentDir, ContentLayout.WARDS + "/" + wardId + "/"
                + ContentLayout.WARD_FILE, contentDir);
        if (!SafeFiles.isFile(wardFile, wardFile)) {
            changes.add(new FileChange(wardFile, null, writer.wardFile(header.ward()).getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, String> fileOfId = new HashMap<>();
        CarriedTranslations.fileOfId(files).forEach((id, path) -> fileOfId.put(id, editionDir.resolve(path).toString()));
        List<String> warnings = new ArrayList<>(identity.summary(fileOfId));
        warnings.addAll(CarriedTranslations.summary(carried, files, lineage.neighbour()));
        parsed.warnings().stream().map(w -> "  " + Message.format("cli.warning") + ": " + w.format(seed.toString()))
                .forEach(warnings::add);
        return planChanges(new EditionPlan(seed, wardId + "/" + header.fiscalYear().start(), editionDir, what, false,
                changes, List.of(), warnings), seedName, seedHash, manifest, files, force);
    }

    /** The ward's editions on disk, whose ids and translations the new edition follows. */
    private static WardLineage lineage(Path contentDir, String wardId, int year) throws ContentException {
        try {
            return WardLineage.read(contentDir, wardId, year);
        } catch (ContentException e) {
            List<ContentError> errors = new ArrayList<>();
            errors.add(ContentError.of(Location.of(ContentLayout.wardDir(contentDir, wardId)),
                    "import.lineageUnreadable"));
            errors.addAll(e.errors());
            throw new ContentException(errors);
        }
    }

    /**
     * The source address an editor recorded in the edition's {@code edition.yaml}. Import owns the file's seed name
     * and hash and rewrites them; the {@code url} is the editor's, so it is read (as YAML, whatever its quoting) and
     * written again.
     */
    private static String recordedUrl(Path editionDir) throws ContentException {
        Path file = editionDir.resolve(ContentLayout.EDITION_FILE);
        if (!SafeFiles.isFile(file, file)) {
            return "";
        }
        YamlNode root = new YamlReader().read(file, TextFiles.readUtf8(file, file), 0);
        if (root instanceof YamlNode.MapNode map && map.entries().get("source") instanceof YamlNode.MapNode source
                && source.entries().get("url") instanceof YamlNode.ScalarNode url && url.text() != null) {
            return url.text().strip();
        }
        return "";
    }

    private static EditionPlan planChanges(EditionPlan start, String seedName, String seedHash,
                                           ImportManifest manifest, SortedMap<String, String> files, boolean force)
            throws ContentException {
        Path wardDir = start.editionDir();
        List<FileChange> changes = new ArrayList<>(start.changes());
        List<String> conflicts = new ArrayList<>();
        List<ContentError> errors = new ArrayList<>();
        SortedMap<String, String> hashes = new TreeMap<>();
        for (var file : files.entrySet()) {
            byte[] next = file.getValue().getBytes(StandardCharsets.UTF_8);
            byte[] current = current(wardDir, file.getKey(), errors);
            if (current != null && english(file.getKey()) && !unedited(manifest, file.getKey(), current)) {
                continue;  // an editor's English: never overwritten, even with --force, and no longer import's
            }
            hashes.put(file.getKey(), Sha256.of(file.getValue()));
            if (current == null || !Arrays.equals(current, next)) {
                if (current != null && !force && !unedited(manifest, file.getKey(), current)
                        && !file.getKey().equals(ContentLayout.EDITION_FILE)) {
                    conflicts.add(Message.format("import.editedOverwrite", wardDir.resolve(file.getKey())));
                }
                changes.add(new FileChange(wardDir.resolve(file.getKey()), current, next));
            }
        }
        for (String old : manifest.files().keySet()) {
            byte[] current = files.containsKey(old) ? null : current(wardDir, old, errors);
            if (current != null && english(old) && !unedited(manifest, old, current)) {
                continue;  // an editor's English is kept, even with --force
            }
            if (current != null) {
                if (!force && !unedited(manifest, old, current)) {
                    conflicts.add(Message.format("import.editedDelete", wardDir.resolve(old)));
                }
                changes.add(new FileChange(wardDir.resolve(old), current, null));
            }
        }
        byte[] record = new ImportManifest(seedName, seedHash, hashes).toYaml().getBytes(StandardCharsets.UTF_8);
        changes.add(new FileChange(wardDir.resolve(ImportManifest.FILE_NAME),
                current(wardDir, ImportManifest.FILE_NAME, errors), record));
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return new EditionPlan(start.seed(), start.edition(), wardDir, start.what(), false, changes, conflicts,
                start.warnings());
    }

    /** The bytes of a ward file, or null when absent; links, folders and special files are errors. */
    private static byte[] current(Path wardDir, String relative, List<ContentError> errors) {
        try {
            Path file = SafeFiles.checkChain(wardDir, relative, wardDir);
            return SafeFiles.isFile(file, file) ? SafeFiles.read(file, file) : null;
        } catch (ContentException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Whether an edition file is English, which import writes only as translation carried over. */
    private static boolean english(String path) {
        return path.startsWith("en/");
    }

    private static boolean unedited(ImportManifest manifest, String path, byte[] current) {
        return Sha256.of(current).equals(manifest.files().get(path));
    }

    private static List<String> messages(ContentException e) {
        return e.errors().stream().map(ContentError::format).toList();
    }

    private static List<Path> seedFiles(Path seedsDir) throws ImportException {
        try {
            if (!SafeFiles.isDirectory(seedsDir, seedsDir)) {
                throw new ImportException(List.of(Message.format("import.seedsNotFound", seedsDir)));
            }
            return SafeFiles.list(seedsDir, seedsDir).stream()
                    .filter(p -> p.getFileName().toString().endsWith(".txt") || PdfSeeds.isPdf(p)).toList();
        } catch (ContentException e) {
            throw new ImportException(messages(e));
        }
    }

    /**
     * One file import would change.
     *
     * @param target   the file
     * @param previous its bytes now, or null when absent
     * @param next     its new bytes, or null to delete it
     */
    private record FileChange(Path target, byte[] previous, byte[] next) {
    }

    /**
     * The changes import would make to one edition folder (and the ward's {@code ward.yaml} for a ward's first
     * edition); the import record is always the last change.
     *
     * @param seed       the seed it is imported from
     * @param edition    the edition as ward/year (izumi/2022)
     * @param editionDir the edition's folder
     * @param unchanged  true when the seed is the one last imported: nothing to do
     * @param warnings   what the parser could not place with certainty, for the editor to review
     */
    private record EditionPlan(Path seed, String edition, Path editionDir, String what, boolean unchanged,
                               List<FileChange> changes, List<String> conflicts, List<String> warnings) {

        String ward() {
            return edition.substring(0, edition.indexOf('/'));
        }

        int year() {
            return Integer.parseInt(edition.substring(edition.indexOf('/') + 1));
        }

        /** Files written or deleted, the import record aside. */
        int fileCount() {
            return Math.max(0, changes.size() - 1);
        }

        String summary() {
            if (unchanged) {
                return Message.format("import.unchanged", what);
            }
            long removed = changes.stream().filter(c -> c.next() == null).count();
            return Message.format("import.summary", what, fileCount() - removed, removed);
        }
    }
}
