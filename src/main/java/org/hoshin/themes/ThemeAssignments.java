package org.hoshin.themes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hoshin.content.Theme;
import org.hoshin.content.Themes;

/**
 * Every initiative of every edition with the themes it is in, and the pillars whose titles name a theme: what the theme pages, the ward pages' theme links
 * and the open data all read, so they cannot disagree. Indexed once, by edition and by theme and edition, because
 * every edition page, theme page and data file looks its initiatives up here: a scan of all items per lookup made
 * a build quadratic in the number of editions.
 */
public final class ThemeAssignments {

    /** One edition of one ward. */
    private record EditionKey(String wardId, int year) {
    }

    private final Themes themes;
    private final List<ThemedInitiative> items;
    private final Map<EditionKey, Map<String, ThemedInitiative>> byEdition;
    private final Map<String, List<ThemedInitiative>> byTheme;
    private final Map<String, Map<EditionKey, List<ThemedInitiative>>> byThemeAndEdition;
    private final List<ThemedInitiative> unthemed;
    private final Map<String, Map<EditionKey, List<ThemedPillar>>> pillarsByThemeAndEdition;
    private final Map<String, List<ThemedPillar>> pillarsByTheme;

    /**
     * @param themes  the themes list
     * @param items   every initiative, in ward, edition (oldest first) and page order
     * @param pillars the pillars whose titles name a theme, in the same order
     */
    public ThemeAssignments(Themes themes, List<ThemedInitiative> items, List<ThemedPillar> pillars) {
        this.themes = themes;
        this.items = List.copyOf(items);
        Map<EditionKey, Map<String, ThemedInitiative>> byEdition = new HashMap<>();
        Map<String, List<ThemedInitiative>> byTheme = new HashMap<>();
        Map<String, Map<EditionKey, List<ThemedInitiative>>> byThemeAndEdition = new HashMap<>();
        List<ThemedInitiative> unthemed = new ArrayList<>();
        for (ThemedInitiative item : this.items) {
            EditionKey edition = new EditionKey(item.ward().id(), item.edition().fiscalYear().start());
            byEdition.computeIfAbsent(edition, k -> new LinkedHashMap<>()).put(item.initiative().id(), item);
            List<Theme> in = item.themes();
            if (in.isEmpty()) {
                unthemed.add(item);
            }
            for (Theme theme : in) {
                byTheme.computeIfAbsent(theme.id(), k -> new ArrayList<>()).add(item);
                byThemeAndEdition.computeIfAbsent(theme.id(), k -> new HashMap<>())
                        .computeIfAbsent(edition, k -> new ArrayList<>()).add(item);
            }
        }
        byEdition.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        byTheme.replaceAll((k, v) -> List.copyOf(v));
        byThemeAndEdition.values().forEach(m -> m.replaceAll((k, v) -> List.copyOf(v)));
        this.byEdition = byEdition;
        this.byTheme = byTheme;
        this.byThemeAndEdition = byThemeAndEdition;
        this.unthemed = List.copyOf(unthemed);
        Map<String, Map<EditionKey, List<ThemedPillar>>> pillarsBy = new HashMap<>();
        Map<String, List<ThemedPillar>> pillarsByTheme = new HashMap<>();
        for (ThemedPillar pillar : pillars) {
            EditionKey edition = new EditionKey(pillar.ward().id(), pillar.edition().fiscalYear().start());
            for (Theme theme : pillar.themes()) {
                pillarsByTheme.computeIfAbsent(theme.id(), k -> new ArrayList<>()).add(pillar);
                pillarsBy.computeIfAbsent(theme.id(), k -> new HashMap<>())
                        .computeIfAbsent(edition, k -> new ArrayList<>()).add(pillar);
            }
        }
        pillarsBy.values().forEach(m -> m.replaceAll((k, v) -> List.copyOf(v)));
        this.pillarsByThemeAndEdition = pillarsBy;
        pillarsByTheme.replaceAll((k, v) -> List.copyOf(v));
        this.pillarsByTheme = pillarsByTheme;
    }

    /** The themes list. */
    public Themes themes() {
        return themes;
    }

    /** Every initiative, in ward, edition (oldest first) and page order. */
    public List<ThemedInitiative> items() {
        return items;
    }

    /** The initiatives in {@code theme}, in ward, edition and page order. */
    public List<ThemedInitiative> in(Theme theme) {
        return byTheme.getOrDefault(theme.id(), List.of());
    }

    /** The initiatives of one edition in {@code theme}, in page order. */
    public List<ThemedInitiative> in(Theme theme, String wardId, int year) {
        return byThemeAndEdition.getOrDefault(theme.id(), Map.of()).getOrDefault(new EditionKey(wardId, year),
                List.of());
    }

    /** The pillars whose titles name {@code theme}, in ward, edition and page order. */
    public List<ThemedPillar> pillarsIn(Theme theme) {
        return pillarsByTheme.getOrDefault(theme.id(), List.of());
    }

    /** The pillars of one edition whose titles name {@code theme}, in page order. */
    public List<ThemedPillar> pillarsIn(Theme theme, String wardId, int year) {
        return pillarsByThemeAndEdition.getOrDefault(theme.id(), Map.of())
                .getOrDefault(new EditionKey(wardId, year), List.of());
    }

    /** The initiatives of one edition, by initiative id, in page order. */
    public Map<String, ThemedInitiative> of(String wardId, int year) {
        return byEdition.getOrDefault(new EditionKey(wardId, year), Map.of());
    }

    /** The initiatives in no theme at all, which the themes list may be missing a theme or a keyword for. */
    public List<ThemedInitiative> unthemed() {
        return unthemed;
    }
}
