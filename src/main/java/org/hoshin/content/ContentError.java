package org.hoshin.content;

/**
 * One thing wrong in the content, worded for an editor: where, what, and how to fix it.
 *
 * @param location where the problem is
 * @param message  what is wrong
 * @param hint     how to fix it, or empty
 */
public record ContentError(Location location, String message, String hint) {

    public ContentError(Location location, String message) {
        this(location, message, "");
    }

    /** The {@code path:line:col: message (hint)} form used on the terminal and in CI. */
    public String format() {
        return hint.isEmpty() ? location + ": " + message : location + ": " + message + " (" + hint + ")";
    }
}
