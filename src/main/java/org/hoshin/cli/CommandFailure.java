package org.hoshin.cli;

import org.hoshin.content.Message;
import org.hoshin.site.UnexpectedFailure;

/**
 * The last word of a command that failed in a way no content check foresaw (an I/O error, an exception from a
 * library, a file name the locale cannot encode): one line on standard error and exit code 1, never a stack trace.
 */
final class CommandFailure {

    private CommandFailure() {
    }

    /** Prints {@code command failed: Type: message (hint)} and returns the exit code 1. */
    static int report(String command, Throwable failure) {
        System.err.println(Diagnostics.visible(Message.format("cli.commandFailed", command,
                UnexpectedFailure.describe(failure))));
        return 1;
    }
}
