package org.hoshin.search;

/**
 * One searchable item of a ward page: an initiative, a pillar, the basic goal, a management item or a column.
 *
 * @param ward    ward id
 * @param year    the fiscal year of the ward's edition it belongs to (Gregorian start year), for the year filter
 * @param section where on the page it is (施策2 はぐくもう！ 地域の力), shown with the result
 * @param title   the item's title (weighted most)
 * @param program the program name, or empty (weighted next)
 * @param text    the item's plain text
 * @param url     link relative to the language folder, with the item's anchor (wards/izumi/#p3-1)
 */
public record SearchDocument(String ward, int year, String section, String title, String program, String text,
                             String url) {
}
