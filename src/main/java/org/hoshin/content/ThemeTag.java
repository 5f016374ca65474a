package org.hoshin.content;

/**
 * One entry of an item's {@code themes:} list in its front matter: an editor's decision that overrides the
 * keyword matching for one theme. {@code bosai} puts the item in the theme whatever its words; {@code -bosai}
 * keeps it out even when its words match.
 *
 * @param themeId the theme's id from {@code content/themes.yaml}
 * @param remove  true for {@code -id} (keep the item out of the theme)
 * @param location where the entry is written, so an unknown id is reported at its line
 */
public record ThemeTag(String themeId, boolean remove, Location location) {

    /** Reads {@code bosai} or {@code -bosai}. */
    public static ThemeTag parse(String written, Location location) {
        String text = written.strip();
        boolean remove = text.startsWith("-");
        return new ThemeTag(remove ? text.substring(1).strip() : text, remove, location);
    }

    /** The entry as an editor writes it. */
    public String written() {
        return remove ? "-" + themeId : themeId;
    }
}
