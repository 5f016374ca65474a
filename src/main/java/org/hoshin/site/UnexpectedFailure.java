package org.hoshin.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;

/**
 * Words a failure nobody planned for (an exception from a library, a StackOverflowError on absurdly nested text,
 * an unusable file name) as one line with a hint, because an editor must never be shown a stack trace and the
 * terminal or page must stay readable.
 */
public final class UnexpectedFailure {

    private UnexpectedFailure() {
    }

    /** {@code Type: message (how to fix)} on a single line. */
    public static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage().replaceAll("\\R", " ");
        return failure.getClass().getSimpleName() + message + " (" + hint(failure) + ")";
    }

    private static String hint(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "some text is nested far too deeply, such as hundreds of '>' quote levels; undo the last change";
        }
        if (failure instanceof OutOfMemoryError) {
            return "not enough memory; give Java more with JAVA_TOOL_OPTIONS=-Xmx1g";
        }
        if (failure instanceof IOException || failure instanceof UncheckedIOException) {
            return "check that the file or folder named exists and can be read and written";
        }
        if (failure instanceof InvalidPathException) {
            return "the file or folder name cannot be used here; use plain letters or set LANG to a UTF-8 locale";
        }
        return "undo the last change; if it keeps happening, report it with the content that causes it";
    }
}
