package org.hoshin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.hoshin.content.ContentError;
import org.hoshin.content.Location;
import org.hoshin.content.TranslationStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hoshin translations}: what is left to translate or to update, ward by ward. */
@Command(name = "translations", mixinStandardHelpOptions = true,
        description = "Lists missing and stale English translations per ward.")
final class TranslationsCommand implements Callable<Integer> {

    @Option(names = "--content", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Override
    public Integer call() {
        try {
            return list();
        } catch (IOException | RuntimeException | Error e) {
            return CommandFailure.report("translations", e);
        }
    }

    private int list() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(content)) {
            Diagnostics.forEnvironment(System.err).errors(List.of(new ContentError(Location.of(content),
                    "no content folder here", "run hoshin in the project folder or name the folder with --content")));
            return 1;
        }
        Map<String, List<TranslationStatus.Item>> byWard = new TreeMap<>();
        for (TranslationStatus.Item item : new TranslationStatus().scan(content)) {
            byWard.computeIfAbsent(item.ward(), w -> new ArrayList<>()).add(item);
        }
        if (byWard.isEmpty()) {
            System.out.println("all translations are present and current");
        }
        for (var ward : byWard.entrySet()) {
            long stale = ward.getValue().stream().filter(i -> i.kind() == TranslationStatus.Item.Kind.STALE).count();
            int missing = ward.getValue().stream().filter(i -> i.kind() == TranslationStatus.Item.Kind.MISSING)
                    .mapToInt(TranslationStatus.Item::files).sum();
            System.out.println(Diagnostics.visible(ward.getKey() + ": " + stale + " stale, " + missing + " missing"));
            for (TranslationStatus.Item item : ward.getValue()) {
                System.out.println("  " + Diagnostics.visible(describe(item, root)));
            }
        }
        return 0;
    }

    private static String describe(TranslationStatus.Item item, Path root) {
        String english = shown(root, item.english());
        String japanese = shown(root, item.japanese());
        if (item.kind() == TranslationStatus.Item.Kind.MISSING) {
            return "missing " + english + (item.files() > 1 ? "/ (" + item.files() + " files)" : "")
                    + "  (translates " + japanese + ")";
        }
        String hash;
        try {
            hash = TranslationStatus.hashOf(item.japanese());
        } catch (IOException e) {
            hash = "?";
        }
        return "stale   " + english + "  (" + japanese + " changed; after updating set source-sha256: " + hash + ")";
    }

    private static String shown(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
