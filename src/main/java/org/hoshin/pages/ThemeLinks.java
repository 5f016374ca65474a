package org.hoshin.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hoshin.content.Edition;
import org.hoshin.content.Lang;
import org.hoshin.content.Ward;
import org.hoshin.themes.ThemeAssignments;

/**
 * The themes of each initiative of one edition, as the ward page links them; every initiative of the edition has
 * an entry (an empty list when it is in no theme), so the template never looks up a missing key.
 */
final class ThemeLinks {

    /** A link to a theme page. */
    record Link(String id, String name) {
    }

    private ThemeLinks() {
    }

    static Map<String, List<Link>> of(ThemeAssignments assignments, Ward ward, Edition edition, Lang lang) {
        Map<String, List<Link>> links = new HashMap<>();
        assignments.of(ward.id(), edition.fiscalYear().start()).forEach((id, item) -> links.put(id,
                item.themes().stream().map(t -> new Link(t.id(), t.name(lang))).toList()));
        return links;
    }
}
