package org.hoshin.render;

import java.util.List;

/**
 * The "what changed" page (新旧対照表) of one edition in one language, as templates see it: every item already
 * matched with its predecessor and its text already diffed, so the template only lays out the two columns.
 *
 * @param id       the ward id
 * @param name     the ward's name in the page's language
 * @param title    the newer edition's document title; empty when the page names ward and fiscal year itself
 *                 instead (see {@link WardView#showsOwnTitle()})
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
     * One part of the policy (basic goal, pillars, management, columns, tables, notes).
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
     * @param context the pillar an initiative belongs to, or null
     * @param lang    the language of the texts in the row ("ja" where the English is missing or out of date)
     * @param movedFrom the older edition's pillar an initiative moved from, or null when it stayed
     * @param newer   the item in the newer edition, or null when it was removed
     * @param older   the item in the older edition, or null when it was added
     * @param titleKey the UI message that names a row without a title of its own (an introduction, the notes),
     *                 or null
     */
    public record Row(String kind, String key, String title, PillarLabel context, PillarLabel movedFrom,
                      String lang, Side newer, Side older, String titleKey) {

        public Row(String kind, String key, String title, PillarLabel context, PillarLabel movedFrom, String lang,
                   Side newer, Side older) {
            this(kind, key, title, context, movedFrom, lang, newer, older, null);
        }

        /** The same row named by the UI message {@code key}. */
        Row named(String messageKey) {
            return new Row(kind, key, title, context, movedFrom, lang, newer, older, messageKey);
        }
    }

    /**
     * A pillar named beside an initiative's row, in its own language: its English title where translated, even
     * when the row itself falls back to Japanese.
     *
     * @param number the pillar's number in its edition (1 for the first)
     * @param title  its title
     * @param lang   the language of the title
     */
    public record PillarLabel(int number, String title, String lang) {
    }

    /**
     * One edition's version of an item, with the phrases that differ from the other edition marked.
     *
     * @param anchor     the item's id on its edition page
     * @param title      its title
     * @param program    its program name, or no segments
     * @param paragraphs its text
     * @param extras     the short lists shown with it (photo captions, mascots, a label), in page order
     */
    public record Side(String anchor, List<PhraseDiff.Segment> title, List<PhraseDiff.Segment> program,
                       List<List<PhraseDiff.Segment>> paragraphs, List<Extra> extras) {
    }

    /**
     * A short list shown with an item, one line per entry, with the phrases that differ marked.
     *
     * @param messageKey the UI message naming the list
     * @param lines      its entries
     */
    public record Extra(String messageKey, List<List<PhraseDiff.Segment>> lines) {
    }

    /**
     * An item that did not change.
     *
     * @param anchor its id on the newer edition's page
     * @param title  its title
     * @param lang   the language of the title
     * @param titleKey the UI message naming an item without a title of its own, or null
     */
    public record Unchanged(String anchor, String title, String lang, String titleKey) {

        public Unchanged(String anchor, String title, String lang) {
            this(anchor, title, lang, null);
        }

        /** The same item named by the UI message {@code key}. */
        Unchanged named(String messageKey) {
            return new Unchanged(anchor, title, lang, messageKey);
        }
    }
}
