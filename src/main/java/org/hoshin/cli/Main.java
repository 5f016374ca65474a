package org.hoshin.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hoshin} command line: import seeds into content, build the site.
 */
@Command(name = "hoshin", mixinStandardHelpOptions = true, version = "hoshin 0.1",
        description = "Builds the bilingual Yokohama ward policy site from seed texts and content.",
        subcommands = {ImportCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class,
                TranslationsCommand.class, BenchCommand.class, ThemesCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, so tests can call it in-process. */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
