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

    /** The parts of an initiative keywords are looked for in, and of the pillar it stands under. */
    public enum Field {
        TITLE, PROGRAM, CAPTIONS, TEXT, PILLAR_TITLE, PILLAR_TEXT;

        /** The name shown to editors ({@code pillar title}). */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        /** Whether the field is the pillar's rather than the initiative's own. */
        public boolean pillar() {
            return this == PILLAR_TITLE || this == PILLAR_TEXT;
        }
    }

    /** How an editor reads it: {@code 防災 in title ×2 = 3}. */
    public String describe() {
        return count > 1 ? Message.format("themesReport.hitRepeated", keyword, field.label(), count, points)
                : Message.format("themesReport.hit", keyword, field.label(), points);
    }
}
