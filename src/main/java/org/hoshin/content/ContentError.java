package org.hoshin.content;

/**
 * One thing wrong in the content, worded for an editor: where, what, and how to fix it. The texts come from the
 * message {@link Catalogue} in the language chosen for this process (see {@link TerminalLanguage}).
 *
 * @param location where the problem is
 * @param message  what is wrong, in the chosen language
 * @param hint     how to fix it, or empty
 */
public record ContentError(Location location, String message, String hint) {

    public ContentError(Location location, String message) {
        this(location, message, "");
    }

    /** An error worded from the catalogue: the text of {@code what} and, as the hint, the text of {@code how}. */
    public ContentError(Location location, Message what, Message how) {
        this(location, what.text(), how.text());
    }

    /** An error worded from the catalogue: {@code key} with its hint {@code key.hint} when there is one. */
    public static ContentError of(Location location, String key, Object... args) {
        Message message = Message.of(key, args);
        return new ContentError(location, message.text(), message.hint());
    }

    /** The {@code path:line:col: message (hint)} form used on the terminal and in CI, in the current language. */
    public String format() {
        return location + ": " + Catalogue.current().withHint(message, hint);
    }
}
