package org.hoshin.seed;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLayout;
import org.hoshin.content.Location;
import org.hoshin.content.SafeFiles;
import org.hoshin.content.YokohamaWards;

/**
 * Decides which ward a seed belongs to. Most titles name it (令和４年度 泉区運営方針); the city's web pages title some
 * years just 「令和2年度運営方針」, and then the user says it once with {@code --ward}. Import records the seed's file
 * name in the edition's import record, so the answer is remembered: a later plain {@code import} finds it there.
 */
final class SeedWards {

    private final Optional<String> given;
    private final Map<String, String> remembered;

    private SeedWards(Optional<String> given, Map<String, String> remembered) {
        this.given = given;
        this.remembered = remembered;
    }

    /** Reads what earlier imports remembered from the import records under {@code contentDir}. */
    static SeedWards of(Optional<String> given, Path contentDir) throws ContentException {
        if (given.isPresent() && YokohamaWards.byId(given.get()).isEmpty()) {
            throw new ContentException(ContentError.of(Location.of(Path.of("--ward")), "wardFolder.unknown", given.get(),
                    wardIds()));
        }
        Map<String, String> remembered = new HashMap<>();
        Path wards = contentDir.resolve(ContentLayout.WARDS);
        if (SafeFiles.isDirectory(wards, wards)) {
            for (Path ward : SafeFiles.list(wards, wards)) {
                if (SafeFiles.kind(ward, ward) != SafeFiles.Kind.DIRECTORY) {
                    continue;
                }
                for (Path edition : SafeFiles.list(ward, ward)) {
                    if (SafeFiles.kind(edition, edition) == SafeFiles.Kind.DIRECTORY) {
                        String seedFile = ImportManifest.read(edition).seedFile();
                        if (!seedFile.isEmpty()) {
                            remembered.putIfAbsent(seedFile, ward.getFileName().toString());
                        }
                    }
                }
            }
        }
        return new SeedWards(given, remembered);
    }

    /** The header of {@code seed}, its ward from the title, {@code --ward} or an earlier import; else an error. */
    SeedHeader headerOf(Path seed, SeedTitle title) throws ContentException {
        if (title.ward().isPresent()) {
            YokohamaWards.Entry named = title.ward().get();
            if (given.isPresent() && !given.get().equals(named.id())) {
                throw new ContentException(ContentError.of(Location.of(seed), "seed.wardConflict",
                        named.japaneseWithKu(), named.id(), given.get()));
            }
            return title.withWard(named);
        }
        Optional<String> ward = given.or(() -> Optional.ofNullable(remembered.get(seed.getFileName().toString())));
        if (ward.isEmpty()) {
            throw new ContentException(ContentError.of(Location.of(seed), "seed.noWard", title.title(), seed,
                    wardIds()));
        }
        return title.withWard(YokohamaWards.byId(ward.get()).orElseThrow());
    }

    private static String wardIds() {
        return String.join(", ", YokohamaWards.all().stream().map(YokohamaWards.Entry::id).toList());
    }
}
