package org.hoshin.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a command reads the site's sources from; shared by build, check and serve so they cannot disagree. */
final class SourceOptions {

    @Option(names = "--content", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", defaultValue = "templates",
            description = "Templates folder (default: ${DEFAULT-VALUE}).")
    Path templates;
}
