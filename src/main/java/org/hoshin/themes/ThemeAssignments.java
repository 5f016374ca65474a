package org.hoshin.themes;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hoshin.content.Themes;
import org.hoshin.content.Theme;

/**
 * Every initiative of every edition with the themes it is in: what the theme pages, the ward pages' theme links
 * and the open data all read, so they cannot disagree.
 *
 * @param themes the themes list
 * @param items  every initiative, in ward, edition (oldest first) and page order
 */
public record ThemeAssignments(Themes themes, List<ThemedInitiative> items) {

    public ThemeAssignments {
        items = List.copyOf(items);
    }

    /** The initiatives in {@code theme}, in ward, edition and page order. */
    public List<ThemedInitiative> in(Theme theme) {
        return items.stream().filter(i -> i.themes().contains(theme)).toList();
    }

    /** The initiatives of one edition, by initiative id. */
    public Map<String, ThemedInitiative> of(String wardId, int year) {
        return items.stream()
                .filter(i -> i.ward().id().equals(wardId) && i.edition().fiscalYear().start() == year)
                .collect(Collectors.toMap(i -> i.initiative().id(), Function.identity()));
    }

    /** The initiatives in no theme at all, which the themes list may be missing a theme or a keyword for. */
    public List<ThemedInitiative> unthemed() {
        return items.stream().filter(i -> i.themes().isEmpty()).toList();
    }
}
