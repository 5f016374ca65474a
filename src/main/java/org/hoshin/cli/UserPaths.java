package org.hoshin.cli;

import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;

/**
 * Resolves a path the user typed on the command line against the folder they typed it in. {@code bin/hoshin}
 * changes to the project folder before starting Java (so that the defaults {@code content/}, {@code templates/}
 * and {@code site/} are the project's), and passes the caller's folder along in {@code HOSHIN_CWD}; without it
 * (the jar run directly) the process's own folder is the caller's. Absolute paths are taken as they are. Used as
 * the converter of path options whose default (a field's initial value, never converted) is the project's folder.
 */
final class UserPaths implements ITypeConverter<Path> {

    /** The environment variable in which {@code bin/hoshin} passes the folder it was run from. */
    static final String CALLER_FOLDER = "HOSHIN_CWD";

    @Override
    public Path convert(String value) {
        return resolve(Path.of(value));
    }

    /**
     * {@code given} if absolute, else resolved against the caller's folder. When the caller's folder is the
     * process's own, the path is returned as typed, so messages name it as the user wrote it.
     */
    static Path resolve(Path given) {
        String caller = System.getenv(CALLER_FOLDER);
        if (given.isAbsolute() || caller == null || caller.isEmpty()) {
            return given;
        }
        Path base = Path.of(caller).toAbsolutePath().normalize();
        return base.equals(Path.of("").toAbsolutePath().normalize()) ? given : base.resolve(given).normalize();
    }
}
