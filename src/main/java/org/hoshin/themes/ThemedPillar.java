package org.hoshin.themes;

import java.util.List;
import org.hoshin.content.Edition;
import org.hoshin.content.Pillar;
import org.hoshin.content.Theme;
import org.hoshin.content.Ward;

/**
 * A pillar whose title names a theme (「多文化共生のまちづくり」 names 多文化共生): the theme page lists the pillar itself,
 * so a ward that made a theme one of its few directions is shown with it even where none of the initiatives under
 * the pillar repeats the theme's words.
 *
 * @param ward   the ward
 * @param edition the edition
 * @param number the pillar's number on the page (1-based)
 * @param pillar the Japanese pillar
 * @param themes the themes a keyword of which stands in the pillar's title, in list order
 */
public record ThemedPillar(Ward ward, Edition edition, int number, Pillar pillar, List<Theme> themes) {

    public ThemedPillar {
        themes = List.copyOf(themes);
    }
}
