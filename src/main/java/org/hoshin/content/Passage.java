package org.hoshin.content;

import java.util.List;

/**
 * A part of a policy that is text alone, without an id or title of its own: the introduction of the pillars or of
 * the management items, or the closing notes (補足). Editors change them like any item, so the comparison has a row
 * for each and search finds them at their part's heading.
 *
 * @param kind    {@link Kind#PILLARS_INTRO}, {@link Kind#MANAGEMENT_INTRO} or {@link Kind#NOTES}
 * @param heading the document's own heading for the part ({@code pillars-heading}), or empty
 * @param label   the document's own label for the part's items ({@code initiatives-label}), or empty
 * @param text    the text
 */
public record Passage(Kind kind, String heading, String label, Markdown text) implements PolicyItem {

    /** The anchor of the pillars' introduction. */
    public static final String PILLARS_INTRO = "pillars";
    /** The anchor of the management items' introduction. */
    public static final String MANAGEMENT_INTRO = "management";
    /** The anchor of the closing notes. */
    public static final String NOTES = "notes-heading";

    public Passage {
        if (!kind.passage()) {
            throw new IllegalArgumentException(kind + " is not a passage");
        }
    }

    /** A passage that is text alone. */
    public Passage(Kind kind, Markdown text) {
        this(kind, "", "", text);
    }

    /** Its anchor on the edition page: the heading of its part. */
    @Override
    public String id() {
        return switch (kind) {
            case PILLARS_INTRO -> PILLARS_INTRO;
            case MANAGEMENT_INTRO -> MANAGEMENT_INTRO;
            default -> NOTES;
        };
    }

    /** The document's own heading for the part, or empty. */
    @Override
    public String title() {
        return heading;
    }

    @Override
    public Markdown body() {
        return text;
    }

    @Override
    public List<Caption> captions() {
        return List.of();
    }

    @Override
    public Location origin() {
        return text.origin();
    }

    @Override
    public Translation translation() {
        return text.translation();
    }

    /** Whether the edition has nothing of this part. */
    public boolean isBlank() {
        return heading.isBlank() && label.isBlank() && text.isBlank();
    }

    /** Everything a reader sees of it, for telling whether it changed. */
    public String content() {
        return heading.strip() + "\n" + label.strip() + "\n" + text.source().strip();
    }
}
