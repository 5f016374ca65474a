package org.hoshin.content;

import java.util.List;
import java.util.Optional;

/**
 * The editors' list of policy themes and how strongly a keyword must show up for an initiative to count.
 *
 * @param themes  the themes, in the order the theme pages list them
 * @param scoring the weights and threshold of keyword matching
 * @param origin  the file they come from ({@code content/themes.yaml})
 */
public record Themes(List<Theme> themes, Scoring scoring, Location origin) {

    public Themes {
        themes = List.copyOf(themes);
    }

    /**
     * Points a keyword earns by where it occurs. A word in the title or program name says what the initiative is
     * about; a word in the body may be a passing mention, so body occurrences earn little and are capped per
     * keyword, and an initiative joins a theme only at {@code threshold} points. The words of the pillar an
     * initiative stands under count for it too (its pillar says what the initiatives are for: 「多文化共生のまちづくり」),
     * but together they earn at most one point less than the threshold, so a pillar alone never puts every
     * initiative under it into a theme: the initiative must name the theme itself at least once.
     *
     * @param title     points for a keyword in the title
     * @param program   points for a keyword in the program name
     * @param captions  points for a keyword in a photo caption
     * @param text      points per occurrence in the body
     * @param textLimit most occurrences of one keyword in the body that count
     * @param threshold points an initiative needs to join a theme
     * @param pillarTitle points for a keyword in the title of the initiative's pillar
     * @param pillarText  points per occurrence in the pillar's summary (at most {@code textLimit} occurrences)
     */
    public record Scoring(int title, int program, int captions, int text, int textLimit, int threshold,
                          int pillarTitle, int pillarText) {

        /** The values used when {@code themes.yaml} gives none. */
        public static final Scoring DEFAULT = new Scoring(3, 3, 1, 1, 2, 3, 2, 1);

        /** Most points the pillar's words may add to an initiative's own: one short of the threshold. */
        public int pillarLimit() {
            return Math.max(0, threshold - 1);
        }
    }

    /** The theme with {@code id}, if the list has it. */
    public Optional<Theme> find(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
