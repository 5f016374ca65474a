package org.hoshin.content;

import java.nio.file.Path;

/**
 * A place in a content file, so that every message an editor sees can point at the line to fix.
 *
 * @param file   the file, as the editor would name it (relative to the project where possible)
 * @param line   1-based line, or 0 when the message is about the whole file
 * @param column 1-based column, or 0 when unknown
 */
public record Location(Path file, int line, int column) {

    public static Location of(Path file) {
        return new Location(file, 0, 0);
    }

    public Location atLine(int newLine) {
        return new Location(file, newLine, 0);
    }

    @Override
    public String toString() {
        String name = file.toString().replace('\\', '/');
        if (line <= 0) {
            return name;
        }
        return column > 0 ? name + ":" + line + ":" + column : name + ":" + line;
    }
}
