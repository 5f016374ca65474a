package org.hoshin.seed;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code hoshin import} was asked to do.
 *
 * @param seedsDir   the seeds folder, read when no files are named
 * @param contentDir the content folder to write
 * @param force      overwrite editors' changes in editions whose seed changed
 * @param files      the seeds to import; empty: every {@code *.txt} of the seeds folder
 * @param ward       the ward of seeds whose title names none ({@code --ward konan})
 */
public record ImportRequest(Path seedsDir, Path contentDir, boolean force, List<Path> files, Optional<String> ward) {

    public ImportRequest {
        files = List.copyOf(files);
    }

    /** Every seed of the folder, no ward given. */
    public static ImportRequest all(Path seedsDir, Path contentDir, boolean force) {
        return new ImportRequest(seedsDir, contentDir, force, List.of(), Optional.empty());
    }
}
