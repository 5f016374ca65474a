package org.hoshin.cli;

import java.io.PrintWriter;
import org.hoshin.content.Message;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The last resort for an exception no command expected. Mistakes in the input are reported by the commands
 * themselves as {@code path:line:col: message}; anything reaching here is a bug in hoshin, so the reader gets one
 * line asking for a report instead of a Java stack trace, and exit code 70 ({@code EX_SOFTWARE} of sysexits.h).
 * The trace is printed only when {@code HOSHIN_DEBUG=1}, for whoever fixes the bug.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    /** {@code EX_SOFTWARE}: an internal software error. */
    static final int EXIT_CODE = 70;

    private final boolean debug;

    InternalErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String what = exception.getClass().getSimpleName()
                + (exception.getMessage() == null ? "" : ": " + exception.getMessage());
        Message report = Message.of("internal.error", what);
        err.println(report.text() + (debug ? "" : " (" + report.hint() + ")"));
        if (debug) {
            exception.printStackTrace(err);
        }
        err.flush();
        return EXIT_CODE;
    }
}
