package org.hoshin.render;

import java.util.List;

/**
 * The "what changed" page (新旧対照表) of one edition in one language, as templates see it: every item already
 * matched with its predecessor and its text already diffed, so the template only lays out the two columns.
 *
 * @param id       the ward id
 * @param name     the ward's name in the page's language
 * @param title    the newer edition's document title
 * @param newer    the edition shown (the left, "new" column)
 * @param older    the edition it is compared with (the right, "old" column)
 * @param counts   how many items were added, removed, changed and kept
 * @param parts    the parts of the policy that have items, in page order
 */
public record ChangesView(String id, String name, String title, WardView.EditionLink newer, WardView.EditionLink older,
                          Counts counts, List<Part> parts) {

    /** Numbers of items of each kind, for the summary. */
    public record Counts(long added, long removed, long changed, long unchanged) {
    }

    /**
     * One part of the policy (basic goal, pillars, management, columns).
     *
     * @param id        anchor of the part on the edition pages and on this page
     * @param messageKey the UI message naming the part
     * @param rows      added, removed and changed items, one table row each
     * @param unchanged items that stayed the same, listed by title only
     */
    public record Part(String id, String messageKey, List<Row> rows, List<Unchanged> unchanged) {
    }

    /**
     * One row of the comparison table.
     *
     * @param kind    "added", "removed" or "changed"
     * @param key     a unique id for the row's header cell
     * @param title   the item's title (the newer one where it exists)
     * @param context the pillar an initiative belongs to, or empty
     * @param lang    the language of the texts in the row ("ja" where the English is missing or out of date)
     * @param newer   the item in the newer edition, or null when it was removed
     * @param older   the item in the older edition, or null when it was added
     */
    public record Row(String kind, String key, String title, String context, String lang, Side newer, Side older) {
    }

    /**
     * One edition's version of an item, with the phrases that differ from the other edition marked.
     *
     * @param anchor     the item's id on its edition page
     * @param title      its title
     * @param program    its program name, or no segments
     * @param paragraphs its text
     */
    public record Side(String anchor, List<PhraseDiff.Segment> title, List<PhraseDiff.Segment> program,
                       List<List<PhraseDiff.Segment>> paragraphs) {
    }

    /**
     * An item that did not change.
     *
     * @param anchor its id on the newer edition's page
     * @param title  its title
     * @param lang   the language of the title
     */
    public record Unchanged(String anchor, String title, String lang) {
    }
}
