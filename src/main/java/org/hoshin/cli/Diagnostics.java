package org.hoshin.cli;

import java.io.PrintStream;
import java.util.List;
import org.hoshin.content.Catalogue;
import org.hoshin.content.ContentError;
import org.hoshin.content.Message;

/**
 * Prints problems for people and, under GitHub Actions, also as workflow annotations so they show on the pull
 * request's diff at the line they are about.
 */
final class Diagnostics {

    private final PrintStream out;
    private final boolean githubActions;

    Diagnostics(PrintStream out, boolean githubActions) {
        this.out = out;
        this.githubActions = githubActions;
    }

    static Diagnostics forEnvironment(PrintStream out) {
        return new Diagnostics(out, "true".equals(System.getenv("GITHUB_ACTIONS")));
    }

    void errors(List<ContentError> errors) {
        errors.forEach(e -> print("error", e));
    }

    void warnings(List<ContentError> warnings) {
        warnings.forEach(w -> print("warning", w));
    }

    private void print(String level, ContentError problem) {
        out.println(visible(level.equals("error") ? problem.format() : problem.location() + ": "
                + Message.format("cli.warning") + ": "
                + Catalogue.current().withHint(problem.message(), problem.hint())));
        if (githubActions) {
            StringBuilder annotation = new StringBuilder("::").append(level).append(" file=")
                    .append(property(problem.location().file().toString().replace('\\', '/')));
            if (problem.location().line() > 0) {
                annotation.append(",line=").append(problem.location().line());
            }
            if (problem.location().column() > 0) {
                annotation.append(",col=").append(problem.location().column());
            }
            String text = Catalogue.current().withHint(problem.message(), problem.hint());
            out.println(annotation.append("::").append(data(text)));
        }
    }

    /**
     * Text from content or file names made safe to print as one terminal line: line breaks and other control
     * characters are shown as backslash escapes. Otherwise a message could start a new line
     * of its own, which the GitHub runner would obey as a workflow command ({@code ::error}, {@code ::add-mask}).
     */
    static String visible(String s) {
        StringBuilder shown = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        shown.append(String.format("\\u%04x", c));
                    } else {
                        shown.appendCodePoint(c);
                    }
                }
            }
        });
        return shown.toString();
    }

    /** Escapes a workflow command's data as GitHub documents it: {@code %}, CR and LF. */
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a workflow command's property (file, line, col, title): as data, plus {@code :} and {@code ,}. */
    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
