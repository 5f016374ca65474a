package org.hoshin.content;

import java.util.List;

/**
 * One item of a policy page with an anchor and a title of its own: the basic goal, a pillar, an initiative, an
 * organisational-management item, a column or a table. Checks, comparisons, themes, search documents and open data
 * all walk the same items ({@link Policy#items()}, in page order), so they say what they do with an item rather
 * than how to find them, and a kind of item added later reaches every walker that switches over {@link Kind}.
 */
public sealed interface PolicyItem permits Goal, Pillar, Initiative, Section, Table {

    /** What an item is, in the order the parts stand on the page. */
    enum Kind { GOAL, PILLAR, INITIATIVE, MANAGEMENT, COLUMN, TABLE }

    Kind kind();

    /** Its anchor on the edition page ({@code goal} for the basic goal, which is the page's own section). */
    String id();

    /** Its heading as printed (the goal's statement, for the basic goal). */
    String title();

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
