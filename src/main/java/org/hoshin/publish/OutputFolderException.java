package org.hoshin.publish;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.hoshin.content.ContentError;
import org.hoshin.content.Location;

/**
 * The output folder cannot be used or replaced. Worded for the user ({@code path: what is wrong (what to do)}),
 * and says whether the output folder is still exactly as it was, so the command never claims it was left alone
 * when it was not.
 */
public final class OutputFolderException extends IOException {

    private final boolean unchanged;

    /**
     * @param folder    the folder the message is about, as the user named it
     * @param problem   what is wrong
     * @param hint      what to do about it
     * @param unchanged true when the output folder is exactly as it was before the build started
     */
    /**
     * @param key  the catalogue key of what is wrong (its hint, {@code key.hint}, says what to do)
     * @param args the values of the key's placeholders
     */
    public OutputFolderException(Path folder, boolean unchanged, String key, Object... args) {
        super(ContentError.of(Location.of(folder), key, args).format());
        this.unchanged = unchanged;
    }

    /** True when nothing in the output folder was changed. */
    public boolean unchanged() {
        return unchanged;
    }

    /** A file-system error in words: Java's messages are often just the path. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                    .toLowerCase(java.util.Locale.ROOT);
            return (f.getReason() != null ? f.getReason() : kind) + ": " + f.getFile();
        }
        return e.getMessage();
    }
}
