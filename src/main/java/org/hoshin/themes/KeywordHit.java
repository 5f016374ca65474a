package org.hoshin.themes;

import org.hoshin.content.Message;

/**
 * One keyword of a theme found in one field of an initiative, and the points it earned there.
 *
 * @param keyword the keyword as the themes list writes it
 * @param field   where it was found
 * @param count   how many times
 * @param points  the points it earned (after the field's weight and the body's limit)
 */
public record KeywordHit(String keyword, Field field, int count, int points) {

    /** The parts of an initiative keywords are looked for in. */
    public enum Field {
        TITLE, PROGRAM, CAPTIONS, TEXT;

        /** The name shown to editors. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How an editor reads it: {@code 防災 in title ×2 = 3}. */
    public String describe() {
        return count > 1 ? Message.format("themesReport.hitRepeated", keyword, field.label(), count, points)
                : Message.format("themesReport.hit", keyword, field.label(), points);
    }
}
