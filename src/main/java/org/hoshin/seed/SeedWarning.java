package org.hoshin.seed;

/**
 * Something the importer did with a seed that an editor should look at: text it could not place with certainty,
 * a goal it had to guess. Import still writes content (nothing is dropped); the warning says where to look.
 *
 * @param line    the seed line number (1-based)
 * @param message what was done and what to check
 */
public record SeedWarning(int line, String message) {

    /** {@code seeds/x.txt:123: message}, the form editors' tools jump to. */
    public String format(String seedPath) {
        return seedPath + ":" + line + ": " + message;
    }
}
