package org.hoshin.themes;

import java.util.List;
import org.hoshin.content.Theme;

/**
 * How one initiative stands with one theme: the keywords found, their points, and the decision, so an editor can
 * see why an initiative is in a theme or not.
 *
 * @param theme    the theme
 * @param hits     the keywords found, in the order the themes list gives them
 * @param points   their total
 * @param decision what was decided
 */
public record ThemeScore(Theme theme, List<KeywordHit> hits, int points, Decision decision) {

    public ThemeScore {
        hits = List.copyOf(hits);
    }

    /** Why an initiative is in a theme, or not. */
    public enum Decision {
        /** Its words reached the threshold. */
        KEYWORDS,
        /** The editor added it ({@code themes: [id]}). */
        ADDED,
        /** The editor removed it ({@code themes: [-id]}), whatever its words. */
        REMOVED,
        /** Some words matched, but not enough. */
        BELOW_THRESHOLD
    }

    /** Whether the initiative is in the theme. */
    public boolean assigned() {
        return decision == Decision.KEYWORDS || decision == Decision.ADDED;
    }
}
