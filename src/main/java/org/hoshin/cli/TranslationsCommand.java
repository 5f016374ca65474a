package org.hoshin.cli;

import org.hoshin.content.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.Location;
import org.hoshin.content.TranslationMark;
import org.hoshin.content.TranslationStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hoshin translations}: what is left to translate or to update, ward by ward; with {@code --diff}, what
 * changed in each Japanese file since its translation was made; with {@code --mark-done FILE}, records that an
 * English file now translates the current Japanese.
 */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = "Lists missing and stale English translations per ward; shows what changed (--diff) and "
                + "records a finished translation (--mark-done).")
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

    @Override
    public Integer call() {
        try {
            if (!Files.isDirectory(content)) {
                Diagnostics.forEnvironment(System.err).errors(List.of(ContentError.of(Location.of(content),
                        "translation.noContent")));
                return 1;
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
        if (byWard.isEmpty()) {
            System.out.println(Message.format("translation.allCurrent"));
        }
        Diagnostics diagnostics = new Diagnostics(System.out, false);
        for (var ward : byWard.entrySet()) {
            System.out.println(Diagnostics.visible(ward.getKey() + ": " + summary(ward.getValue())));
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
        for (TranslationStatus.Item item : items) {
            switch (item.kind()) {
                case MISSING -> missing += item.files();
                case STALE -> stale++;
                case UNRECORDED -> unmarked++;
            }
        }
        return Message.format("translation.summary", stale, missing)
                + (unmarked == 0 ? "" : Message.format("translation.summaryUnmarked", unmarked));
    }

    private static void printDiff(TranslationStatus.Item item, Path root) throws IOException, InterruptedException {
        String recorded = TranslationStatus.recordedHash(item.english()).orElse("");
        TranslatedVersion.Found version = TranslatedVersion.find(item.japanese(), recorded);
        if (!version.found()) {
            System.out.println("    " + version.reason());
            return;
        }
        String name = shown(root, item.japanese()).toString().replace('\\', '/');
        List<String> lines = JapaneseDiff.unified(name + " (translated, " + version.commit().substring(0, 12) + ")",
                version.text(), name + " (now)", Files.readString(item.japanese()));
        lines.forEach(line -> System.out.println("    " + Diagnostics.visible(line)));
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
