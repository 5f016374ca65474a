package org.hoshin.themes;

import java.util.List;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Pillar;
import org.hoshin.content.Theme;
import org.hoshin.content.Ward;

/**
 * One initiative of one edition with its theme scores. Themes are decided on the Japanese text and hold for every
 * language, so the English pages group the same initiatives.
 *
 * @param ward         the ward
 * @param edition      the edition
 * @param pillarNumber the pillar's number on the page (1-based)
 * @param pillar       the Japanese pillar
 * @param initiative   the Japanese initiative
 * @param scores       every theme that matched at least one word or was named by the editor, in list order
 */
public record ThemedInitiative(Ward ward, Edition edition, int pillarNumber, Pillar pillar, Initiative initiative,
                               List<ThemeScore> scores) {

    public ThemedInitiative {
        scores = List.copyOf(scores);
    }

    /** The themes the initiative is in, in list order. */
    public List<Theme> themes() {
        return scores.stream().filter(ThemeScore::assigned).map(ThemeScore::theme).toList();
    }

    /** Whether this initiative belongs to the ward's latest edition. */
    public boolean latest() {
        return ward.latest().fiscalYear().equals(edition.fiscalYear());
    }
}
