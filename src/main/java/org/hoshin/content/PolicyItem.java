package org.hoshin.content;

import java.util.List;

/**
 * One part of a policy page with an anchor: the basic goal, a pillar, an initiative, an organisational-management
 * item, a column, a table, or a {@link Passage} (the introductions and the notes, text alone). Checks, comparisons,
 * search documents and open data walk the same items ({@link Policy#items()}, in page order), so they say what they
 * do with an item rather than how to find them, and a kind added later reaches every walker that switches over
 * {@link Kind}.
 */
public sealed interface PolicyItem permits Goal, Pillar, Initiative, Section, Table, Passage {

    /** What an item is, in the order the parts stand on the page. */
    enum Kind {
        GOAL, PILLARS_INTRO, PILLAR, INITIATIVE, MANAGEMENT_INTRO, MANAGEMENT, COLUMN, TABLE, NOTES;

        /** Whether items of this kind are text alone ({@link Passage}), without an id or title in a file. */
        public boolean passage() {
            return this == PILLARS_INTRO || this == MANAGEMENT_INTRO || this == NOTES;
        }

        /** Whether items of this kind have their own file, with the {@code id:} their anchor comes from. */
        public boolean ownFile() {
            return this != GOAL && !passage();
        }
    }

    Kind kind();

    /** Its anchor on the edition page ({@code goal} for the basic goal, which is the page's own section). */
    String id();

    /** Its heading as printed (the goal's statement, for the basic goal; a passage's own heading, or empty). */
    String title();

    /** The program name (事業名) printed under its title: only an initiative has one, else empty. */
    default String program() {
        return "";
    }

    /** Its prose; a table has none (blank, at its file). */
    Markdown body();

    /** Captions of the photos printed with it. */
    List<Caption> captions();

    /** Where it is written in the language it was read in: its file (the basic goal's text in {@code index.md}). */
    Location origin();

    /** Whether its text is the source, translated, stale or missing (Japanese shown). */
    Translation translation();

    /**
     * An item where it stands on the page.
     *
     * @param item         the item
     * @param pillar       the pillar it is or stands under (a pillar and its initiatives), else null
     * @param pillarNumber that pillar's number on the page, from 1 (施策1), else 0
     */
    record Placed(PolicyItem item, Pillar pillar, int pillarNumber) {
    }
}
