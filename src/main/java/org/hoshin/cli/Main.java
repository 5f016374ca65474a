package org.hoshin.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code hoshin} command line: import seeds into content, build, check and serve the site.
 *
 * <p>Exit codes: 0 success, 1 a mistake in the input (reported with its file and line), 2 a wrong command line
 * (including no command at all), 70 an internal error (a bug in hoshin, see {@link InternalErrorHandler}).
 */
@Command(name = "hoshin", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds the bilingual Yokohama ward policy site from seed texts and content.",
        subcommands = HelpCommand.class)
public final class Main implements Callable<Integer> {

    /** The commands besides {@code help}, in the order {@code --help} lists them. */
    private static final List<Class<?>> COMMANDS = List.of(ImportCommand.class, BuildCommand.class,
            CheckCommand.class, ServeCommand.class, TranslationsCommand.class, BenchCommand.class,
            ThemesCommand.class);

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, so tests can call it in-process. */
    public static int run(String... args) {
        return commandLine(System.getenv(), args.length == 0 ? "" : args[0]).execute(args);
    }

    /**
     * The configured command line with every command. {@code HOSHIN_DEBUG=1} in {@code env} makes an internal error
     * print its stack trace; the environment is a parameter so tests can set it.
     */
    static CommandLine commandLine(Map<String, String> env) {
        return commandLine(env, "");
    }

    /**
     * The command line for arguments that start with {@code first}: when that names a command, only that command's
     * model is made (picocli reads every option of every command it is given, a tenth of a second of a cold build);
     * otherwise, for {@code --help}, {@code help} or a mistake, all of them, so help and suggestions list everything.
     */
    static CommandLine commandLine(Map<String, String> env, String first) {
        CommandLine commandLine = new CommandLine(new Main())
                .setExecutionExceptionHandler(new InternalErrorHandler("1".equals(env.get("HOSHIN_DEBUG"))));
        boolean named = COMMANDS.stream().anyMatch(c -> c.getAnnotation(Command.class).name().equals(first));
        for (Class<?> command : COMMANDS) {
            if (!named || command.getAnnotation(Command.class).name().equals(first)) {
                commandLine.addSubcommand(instance(command));
            }
        }
        return commandLine;
    }

    private static Object instance(Class<?> command) {
        try {
            return command.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
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
