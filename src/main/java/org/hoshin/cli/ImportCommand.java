package org.hoshin.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hoshin.seed.ImportException;
import org.hoshin.seed.ImportReport;
import org.hoshin.seed.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hoshin import}: seeds → content, refusing to overwrite editors' changes. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports the seed texts into content/, one folder per ward.")
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--seeds", defaultValue = "seeds", description = "Folder of seed texts (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--content", defaultValue = "content",
            description = "Content folder to write (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--force", description = "In wards whose seed changed since the last import, overwrite (or "
            + "delete) files edited since then. Wards whose seed is unchanged are never touched.")
    boolean force;

    @Override
    public Integer call() {
        try {
            ImportReport report = new Importer().run(seeds, content, force);
            report.lines().forEach(System.out::println);
            return 0;
        } catch (ImportException e) {
            System.err.println("import: nothing was written:");
            e.problems().forEach(p -> System.err.println(p));
            return 1;
        }
    }
}
