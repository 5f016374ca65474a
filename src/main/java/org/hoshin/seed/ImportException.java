package org.hoshin.seed;

import java.util.List;

/** Import refused or failed for a reason the user can act on; the message says what and how. */
public final class ImportException extends Exception {

    private final transient List<String> problems;

    public ImportException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
