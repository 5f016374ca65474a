package org.hoshin.content.compare;

import org.hoshin.content.Markdown;

/**
 * A part of a policy that is text alone, without an id or title of its own: the introduction of the pillars or of
 * the management items, or the closing notes (補足). Editors change them like any item, so the comparison has a row
 * for each.
 *
 * @param id      its anchor on the edition page ({@code pillars}, {@code management}, {@code notes-heading})
 * @param heading the document's own heading for the part ({@code pillars-heading}), or empty
 * @param label   the document's own label for the part's items ({@code initiatives-label}), or empty
 * @param text    the text
 */
public record Passage(String id, String heading, String label, Markdown text) {

    /** A passage that is text alone. */
    public Passage(String id, Markdown text) {
        this(id, "", "", text);
    }

    /** Whether the edition has nothing of this part. */
    boolean isBlank() {
        return heading.isBlank() && label.isBlank() && text.isBlank();
    }

    /** Everything a reader sees of it, for telling whether it changed. */
    String content() {
        return heading.strip() + "\n" + label.strip() + "\n" + text.source().strip();
    }

    /** The anchor of the pillars' introduction. */
    public static final String PILLARS_INTRO = "pillars";
    /** The anchor of the management items' introduction. */
    public static final String MANAGEMENT_INTRO = "management";
    /** The anchor of the closing notes. */
    public static final String NOTES = "notes-heading";
}
