package org.hoshin.search;

import java.util.List;

/**
 * One searchable item of a ward page: an initiative, a pillar, the basic goal, an introduction, a management item,
 * a column, a table or the notes.
 *
 * @param ward     ward id
 * @param year     the fiscal year of the ward's edition it belongs to (Gregorian start year), for the year filter
 * @param section  where on the page it is (施策2 はぐくもう！ 地域の力), shown with the result
 * @param title    the item's title (weighted most)
 * @param program  the program name, or empty (weighted next)
 * @param text     the item's plain text
 * @param url      link relative to the language folder, with the item's anchor (wards/izumi/#p3-1)
 * @param passages the other texts the page shows with the item (photo captions, mascots, table rows), searched as
 *                 its text and shown with what they are, so a result says where its match is
 */
public record SearchDocument(String ward, int year, String section, String title, String program, String text,
                             String url, List<Passage> passages) {

    /** An item with its text only. */
    public SearchDocument(String ward, int year, String section, String title, String program, String text,
                          String url) {
        this(ward, year, section, title, program, text, url, List.of());
    }

    public SearchDocument {
        passages = List.copyOf(passages);
    }

    /**
     * A text shown with an item, and what it is on the page.
     *
     * @param label what the reader sees it as (写真, 表, マスコット; Photo, Table, Mascot), or empty; never indexed,
     *              so a query for 写真 finds photos' captions that say it, not every photo
     * @param text  the text as the page shows it
     */
    public record Passage(String label, String text) {
    }

    /** What is analysed for the text field: the text and every passage, without the labels. */
    public String searchedText() {
        if (passages.isEmpty()) {
            return text;
        }
        StringBuilder all = new StringBuilder(text);
        for (Passage passage : passages) {
            all.append(all.isEmpty() ? "" : "\n").append(passage.text());
        }
        return all.toString();
    }

    /** What a result's snippet is cut from: the text, then each passage on a line of its own after its label. */
    public String shownText() {
        if (passages.isEmpty()) {
            return text;
        }
        StringBuilder all = new StringBuilder(text);
        for (Passage passage : passages) {
            all.append(all.isEmpty() ? "" : "\n")
                    .append(passage.label().isEmpty() ? "" : passage.label() + ": ").append(passage.text());
        }
        return all.toString();
    }
}
