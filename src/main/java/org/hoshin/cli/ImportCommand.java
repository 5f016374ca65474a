package org.hoshin.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hoshin.content.Message;
import org.hoshin.seed.ImportException;
import org.hoshin.seed.ImportReport;
import org.hoshin.seed.ImportRequest;
import org.hoshin.seed.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hoshin import}: seeds → content, one edition per ward and fiscal year, refusing to overwrite edits. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports seed texts into content/: each seed becomes the edition of the ward and fiscal year "
                + "its title names (content/wards/<ward>/<year>/).")
final class ImportCommand implements Callable<Integer> {

    @Option(names = "--seeds", paramLabel = "DIR", converter = UserPaths.class,
            description = "Folder of seed texts (default: ${DEFAULT-VALUE}).")
    Path seeds = Path.of("seeds");

    @Option(names = "--content", paramLabel = "DIR", converter = UserPaths.class,
            description = "Content folder to write (default: ${DEFAULT-VALUE}).")
    Path content = Path.of("content");

    @Option(names = "--force", description = "In wards whose seed changed since the last import, overwrite (or "
            + "delete) files edited since then. Wards whose seed is unchanged are never touched.")
    boolean force;

    @Option(names = "--ward", paramLabel = "ID", description = "The ward of seeds whose title names none "
            + "(「令和2年度運営方針」), e.g. konan; remembered for later imports of the same seed file.")
    String ward;

    @Parameters(paramLabel = "FILE", arity = "0..*", converter = UserPaths.class, description = "Seeds to import: texts, or the city's PDFs, whose "
            + "text is first written beside them as <name>.txt (default: every *.txt and *.pdf in the seeds folder; "
            + "a PDF with a .txt beside it is imported from that text).")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        try {
            ImportReport report = new Importer().run(new ImportRequest(seeds, content, force, files,
                    Optional.ofNullable(ward)));
            report.lines().forEach(System.out::println);
            return 0;
        } catch (ImportException e) {
            System.err.println(Message.format("cli.import.nothingWritten"));
            e.problems().forEach(p -> System.err.println(p));
            return 1;
        }
    }
}
