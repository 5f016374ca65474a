package org.hoshin.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when content cannot be used; carries every problem found so an editor can fix them all in one go.
 */
public final class ContentException extends Exception {

    private final transient List<ContentError> errors;

    public ContentException(List<ContentError> errors) {
        super(errors.stream().map(ContentError::format).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public ContentException(ContentError error) {
        this(List.of(error));
    }

    public List<ContentError> errors() {
        return errors;
    }
}
