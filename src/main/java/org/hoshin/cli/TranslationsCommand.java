package org.hoshin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLayout;
import org.hoshin.content.Location;
import org.hoshin.content.Message;
import org.hoshin.content.SourceHash;
import org.hoshin.content.TranslationMark;
import org.hoshin.content.TranslationMemory;
import org.hoshin.content.TranslationStatus;
import org.hoshin.seed.CarriedTranslations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hoshin translations}: what is left to translate or to update, ward by ward; with {@code --diff}, what
 * changed in each Japanese file since its translation was made; with {@code --mark-done FILE}, records that an
 * English file now translates the current Japanese.
 */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = "Lists missing and stale English translations per ward and how many were carried over from "
                + "another year; shows what changed (--diff), offers the English of sentences translated elsewhere "
                + "(--suggest) and records a finished translation (--mark-done).")
final class TranslationsCommand implements Callable<Integer> {

    @Option(names = "--content", paramLabel = "DIR", converter = UserPaths.class,
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content = Path.of("content");

    @Option(names = "--diff", description = "For each stale translation, show what changed in the Japanese file "
            + "since the version the English translates (looked up in the git history).")
    boolean diff;

    @Option(names = "--mark-done", paramLabel = "FILE", converter = UserPaths.class, description = "Record in the "
            + "English file (or the English file of this Japanese file) that it translates the Japanese file as it is "
            + "now.")
    Path markDone;

    @Option(names = "--suggest", paramLabel = "FILE", converter = UserPaths.class, description = "For each "
            + "sentence (and the title and program) of this Japanese file (or of the Japanese file of this English "
            + "file), show the English of the same Japanese wherever it is already translated in the content.")
    Path suggest;

    @Override
    public Integer call() {
        try {
            if (!Files.isDirectory(content)) {
                Diagnostics.forEnvironment(System.err).errors(List.of(ContentError.of(Location.of(content),
                        "translation.noContent")));
                return 1;
            }
            if (suggest != null) {
                return suggest(suggest);
            }
            return markDone == null ? list() : markDone(markDone);
        } catch (ContentException e) {
            Diagnostics.forEnvironment(System.err).errors(e.errors());
            return 1;
        } catch (IOException | RuntimeException | Error e) {
            return CommandFailure.report("translations", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int list() throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        Map<String, List<TranslationStatus.Item>> byWard = new TreeMap<>();
        for (TranslationStatus.Item item : new TranslationStatus().scan(content)) {
            byWard.computeIfAbsent(item.ward(), w -> new ArrayList<>()).add(item);
        }
        Map<String, Set<String>> carried = carried();
        carried.keySet().forEach(edition -> byWard.computeIfAbsent(edition, e -> new ArrayList<>()));
        if (byWard.isEmpty()) {
            System.out.println(Message.format("translation.allCurrent"));
        }
        Diagnostics diagnostics = new Diagnostics(System.out, false);
        for (var ward : byWard.entrySet()) {
            System.out.println(Diagnostics.visible(ward.getKey() + ": " + carriedSummary(
                    carried.getOrDefault(ward.getKey(), Set.of()), ward.getValue()) + summary(ward.getValue())));
            for (TranslationStatus.Item item : ward.getValue()) {
                diagnostics.warnings(List.of(item.asError(root)));
                if (diff && item.kind() == TranslationStatus.Item.Kind.STALE) {
                    printDiff(item, root);
                }
            }
        }
        return 0;
    }

    private static String summary(List<TranslationStatus.Item> items) {
        int missing = 0;
        int stale = 0;
        int unmarked = 0;
        int misplaced = 0;
        for (TranslationStatus.Item item : items) {
            switch (item.kind()) {
                case MISSING -> missing += item.files();
                case STALE -> stale++;
                case UNRECORDED -> unmarked++;
                case MISPLACED, UNMATCHED -> misplaced++;
            }
        }
        return Message.format("translation.summary", stale, missing)
                + (unmarked == 0 ? "" : Message.format("translation.summaryUnmarked", unmarked))
                + (misplaced == 0 ? "" : Message.format("translation.summaryMisplaced", misplaced));
    }

    /**
     * The English files import carried over from another edition, by edition ({@code izumi/2023}), for the
     * editions that have any.
     */
    private Map<String, Set<String>> carried() throws IOException {
        Map<String, Set<String>> carried = new TreeMap<>();
        Path wards = content.resolve(ContentLayout.WARDS);
        if (!Files.isDirectory(wards)) {
            return carried;
        }
        List<Path> editions;
        try (Stream<Path> walk = Files.walk(wards, 2)) {
            editions = walk.filter(p -> wards.relativize(p).getNameCount() == 2 && Files.isDirectory(p)).sorted()
                    .toList();
        }
        for (Path edition : editions) {
            try {
                Set<String> files = CarriedTranslations.recorded(edition);
                if (!files.isEmpty()) {
                    carried.put(wards.relativize(edition).toString().replace('\\', '/'), files);
                }
            } catch (ContentException e) {
                // a damaged import record is reported by import; here it only means nothing is known carried
            }
        }
        return carried;
    }

    /** "carried over N (current X, out of date Y); " for an edition with English carried over, else nothing. */
    private static String carriedSummary(Set<String> carried, List<TranslationStatus.Item> items) {
        if (carried.isEmpty()) {
            return "";
        }
        Set<String> notCurrent = new HashSet<>();
        for (TranslationStatus.Item item : items) {
            String path = item.english().toString().replace('\\', '/');
            int en = path.lastIndexOf("/en/");
            if (en >= 0 && item.kind() != TranslationStatus.Item.Kind.MISSING) {
                notCurrent.add(path.substring(en + 1));
            }
        }
        long stale = carried.stream().filter(notCurrent::contains).count();
        return Message.format("translation.summaryCarried", carried.size(), carried.size() - stale, stale);
    }

    private static void printDiff(TranslationStatus.Item item, Path root) throws IOException, InterruptedException {
        String recorded = TranslationStatus.recordedHash(item.english()).orElse("");
        String name = shown(root, item.japanese()).toString().replace('\\', '/');
        Optional<Path> elsewhere = otherEdition(item.japanese(), recorded);
        String label;
        String text;
        if (elsewhere.isPresent()) {
            label = Message.format("translation.diff.translatedFile", shown(root, elsewhere.get()).toString()
                    .replace('\\', '/'));
            text = Files.readString(elsewhere.get());
        } else {
            TranslatedVersion.Found version = TranslatedVersion.find(item.japanese(), recorded);
            if (!version.found()) {
                System.out.println("    " + version.reason());
                return;
            }
            label = name + " " + Message.format("translation.diff.translated", version.commit().substring(0, 12));
            text = version.text();
        }
        List<String> lines = JapaneseDiff.unified(label, text, name + " " + Message.format("translation.diff.now"),
                Files.readString(item.japanese()));
        lines.forEach(line -> System.out.println("    " + Diagnostics.visible(line)));
    }

    /**
     * The Japanese file of another edition of the same ward whose text is the version {@code recorded}: the
     * version a translation carried over from that edition was made from.
     */
    private static Optional<Path> otherEdition(Path japanese, String recorded) throws IOException {
        Path edition = null;
        for (Path dir = japanese.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("ja")) {
                edition = dir.getParent();
                break;
            }
        }
        if (edition == null || edition.getParent() == null || recorded.isEmpty()) {
            return Optional.empty();
        }
        List<Path> others;
        try (Stream<Path> walk = Files.list(edition.getParent())) {
            Path self = edition;
            others = walk.filter(p -> !p.equals(self) && Files.isDirectory(p.resolve("ja"))).sorted().toList();
        }
        for (Path other : others) {
            try (Stream<Path> walk = Files.walk(other.resolve("ja"))) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    if (SourceHash.of(file).equals(recorded)) {
                        return Optional.of(file);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** {@code --suggest}: the English already written anywhere for the sentences of one Japanese file. */
    private int suggest(Path file) throws ContentException, IOException {
        Path root = Path.of("").toAbsolutePath();
        Path japanese = counterpart(file, "en", "ja").orElse(file);
        if (!Files.isRegularFile(japanese)) {
            throw new ContentException(ContentError.of(Location.of(shown(root, file)), "translation.notContentFile"));
        }
        TranslationMemory memory = TranslationMemory.of(content);
        List<TranslationMemory.Suggestion> suggestions = memory.suggest(Files.readString(japanese));
        long found = suggestions.stream().filter(x -> x.match().isPresent()).count();
        System.out.println(Diagnostics.visible(Message.format("translation.suggest.summary", shown(root, japanese),
                suggestions.size(), found)));
        for (TranslationMemory.Suggestion suggestion : suggestions) {
            System.out.println(Diagnostics.visible("  ja: " + suggestion.japanese()));
            suggestion.match().ifPresentOrElse(
                    m -> System.out.println(Diagnostics.visible("  en: " + m.english() + "  ("
                            + shown(root, m.file()).toString().replace('\\', '/') + ")")),
                    () -> System.out.println(Diagnostics.visible("  " + Message.format("translation.suggest.none"))));
        }
        return 0;
    }

    private int markDone(Path file) throws ContentException, IOException {
        Path root = Path.of("").toAbsolutePath();
        Path contentDir = content.toAbsolutePath().normalize();
        Path english = counterpart(file, "ja", "en").orElse(file.toAbsolutePath().normalize());
        Path japanese = counterpart(english, "en", "ja").orElseThrow(() -> new ContentException(ContentError.of(
                Location.of(shown(root, file)), "translation.notContentFile")));
        if (!english.startsWith(contentDir) || !japanese.startsWith(contentDir)) {
            throw new ContentException(ContentError.of(Location.of(shown(root, file)),
                    "translation.mark.outsideContent", shown(root, contentDir)));
        }
        String hash = TranslationMark.markDone(contentDir, shown(root, contentDir),
                contentDir.relativize(japanese).toString(), contentDir.relativize(english).toString());
        System.out.println(Diagnostics.visible(Message.format("translation.marked", shown(root, english),
                shown(root, japanese), hash)));
        return 0;
    }

    /** The same file under the other language's folder of its edition, if {@code file} is under {@code from}/. */
    private static Optional<Path> counterpart(Path file, String from, String to) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path dir = absolute.getParent(); dir != null && dir.getParent() != null; dir = dir.getParent()) {
            if (dir.getFileName().toString().equals(from)) {
                return Optional.of(dir.resolveSibling(to).resolve(dir.relativize(absolute)));
            }
        }
        return Optional.empty();
    }

    private static Path shown(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    }
}
