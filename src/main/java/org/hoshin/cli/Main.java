package org.hoshin.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code hoshin} command line: import seeds into content, build, check and serve the site.
 *
 * <p>Exit codes: 0 success, 1 a mistake in the input (reported with its file and line), 2 a wrong command line
 * (including no command at all), 70 an internal error (a bug in hoshin, see {@link InternalErrorHandler}).
 */
@Command(name = "hoshin", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds the bilingual Yokohama ward policy site from seed texts and content.",
        subcommands = {HelpCommand.class, ImportCommand.class, BuildCommand.class, CheckCommand.class,
                ServeCommand.class, TranslationsCommand.class, BenchCommand.class, ThemesCommand.class})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, so tests can call it in-process. */
    public static int run(String... args) {
        return commandLine(System.getenv()).execute(args);
    }

    /**
     * The configured command line. {@code HOSHIN_DEBUG=1} in {@code env} makes an internal error print its stack
     * trace; the environment is a parameter so tests can set it.
     */
    static CommandLine commandLine(Map<String, String> env) {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new InternalErrorHandler("1".equals(env.get("HOSHIN_DEBUG"))));
    }

    /** {@code hoshin} alone is a usage mistake: it shows what the commands are, on standard error, and exits 2. */
    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        commandLine.usage(commandLine.getErr());
        commandLine.getErr().flush();
        return CommandLine.ExitCode.USAGE;
    }
}
