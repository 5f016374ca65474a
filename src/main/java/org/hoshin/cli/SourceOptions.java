package org.hoshin.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where a command reads the site's sources from; shared by build, check and serve so they cannot disagree. The
 * defaults are the project's folders; a folder given on the command line is resolved against the folder the
 * command was run in ({@link UserPaths}).
 */
final class SourceOptions {

    @Option(names = "--content", paramLabel = "DIR", converter = UserPaths.class,
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content = Path.of("content");

    @Option(names = "--templates", paramLabel = "DIR", converter = UserPaths.class,
            description = "Templates folder (default: ${DEFAULT-VALUE}).")
    Path templates = Path.of("templates");
}
