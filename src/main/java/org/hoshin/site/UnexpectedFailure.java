package org.hoshin.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import org.hoshin.content.Message;

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
            return Message.format("failure.hint.nesting");
        }
        if (failure instanceof OutOfMemoryError) {
            return Message.format("failure.hint.memory");
        }
        if (failure instanceof IOException || failure instanceof UncheckedIOException) {
            return Message.format("failure.hint.io");
        }
        if (failure instanceof InvalidPathException) {
            return Message.format("failure.hint.path");
        }
        return Message.format("failure.hint.other");
    }
}
