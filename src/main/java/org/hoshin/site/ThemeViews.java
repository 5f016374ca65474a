package org.hoshin.site;

import java.util.ArrayList;
import java.util.List;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Pillar;
import org.hoshin.content.Theme;
import org.hoshin.content.Translation;
import org.hoshin.content.Ward;
import org.hoshin.render.PlainText;
import org.hoshin.render.WardViews;
import org.hoshin.themes.ThemeAssignments;
import org.hoshin.themes.ThemedInitiative;

/**
 * What the theme pages show, in one language: the wards × themes table and, per theme, its initiatives grouped by
 * ward and edition. English pages show the English title and text where translated, else the Japanese (lang="ja").
 */
final class ThemeViews {

    /** Characters of body text shown under an initiative's title. */
    private static final int EXCERPT_JA = 90;
    private static final int EXCERPT_EN = 180;

    /** A theme in the list, with its number of initiatives per ward (latest editions), in ward order. */
    record ThemeRow(String id, String name, String description, List<Integer> counts, int total) {
    }

    /** A ward column of the table. */
    record WardColumn(String id, String name) {
    }

    /** One theme's page: a section per ward. */
    record ThemePage(String id, String name, String description, List<WardGroup> wards) {
    }

    /** One ward on a theme page: its latest edition's initiatives, then older editions'. */
    record WardGroup(String id, String name, EditionGroup latest, List<EditionGroup> older) {
    }

    /** The initiatives of one edition in the theme. */
    record EditionGroup(int year, String yearLabel, List<Item> items) {
    }

    /** One initiative as a theme page lists it; {@code url} is relative to the language folder. */
    record Item(String title, String program, String excerpt, String url, String lang) {
    }

    private final ThemeAssignments assignments;
    private final List<Ward> wards;
    private final PlainText plain = new PlainText();

    ThemeViews(ThemeAssignments assignments, List<Ward> wards) {
        this.assignments = assignments;
        this.wards = wards;
    }

    List<WardColumn> columns(String lang) {
        return wards.stream().map(w -> new WardColumn(w.id(), w.name(lang))).toList();
    }

    List<ThemeRow> rows(String lang) {
        List<ThemeRow> rows = new ArrayList<>();
        for (Theme theme : assignments.themes().themes()) {
            List<ThemedInitiative> in = assignments.in(theme);
            List<Integer> counts = wards.stream().map(w -> (int) in.stream()
                    .filter(i -> i.latest() && i.ward().id().equals(w.id())).count()).toList();
            rows.add(new ThemeRow(theme.id(), theme.name(lang), theme.description(lang), counts,
                    counts.stream().mapToInt(Integer::intValue).sum()));
        }
        return rows;
    }

    ThemePage page(Theme theme, String lang) {
        List<ThemedInitiative> in = assignments.in(theme);
        List<WardGroup> groups = new ArrayList<>();
        for (Ward ward : wards) {
            List<EditionGroup> older = new ArrayList<>();
            for (int e = ward.editions().size() - 2; e >= 0; e--) {
                EditionGroup group = group(in, ward, ward.editions().get(e), lang);
                if (!group.items().isEmpty()) {
                    older.add(group);
                }
            }
            groups.add(new WardGroup(ward.id(), ward.name(lang), group(in, ward, ward.latest(), lang), older));
        }
        return new ThemePage(theme.id(), theme.name(lang), theme.description(lang), groups);
    }

    private EditionGroup group(List<ThemedInitiative> in, Ward ward, Edition edition, String lang) {
        int year = edition.fiscalYear().start();
        List<Item> items = in.stream()
                .filter(i -> i.ward().id().equals(ward.id()) && i.edition().fiscalYear().start() == year)
                .map(i -> item(i, lang)).toList();
        return new EditionGroup(year, WardViews.yearLabel(edition.fiscalYear(), lang), items);
    }

    private Item item(ThemedInitiative themed, String lang) {
        Initiative shown = inLanguage(themed, lang);
        String textLang = lang.equals("en") && shown.translation() != Translation.MISSING ? "en" : "ja";
        String url = EditionPages.editionPath(themed.ward().id(), themed.edition().fiscalYear().start()) + "#"
                + themed.initiative().id();
        return new Item(shown.title(), shown.program(), excerpt(plain.of(shown.body()), textLang), url, textLang);
    }

    /** The initiative as the page's language has it (the English policy mirrors the Japanese ids). */
    static Initiative inLanguage(ThemedInitiative themed, String lang) {
        for (Pillar pillar : themed.edition().policy(lang).pillars()) {
            for (Initiative initiative : pillar.initiatives()) {
                if (initiative.id().equals(themed.initiative().id())) {
                    return initiative;
                }
            }
        }
        return themed.initiative();
    }

    /** The start of the text, cut at a word (English) or character (Japanese) boundary. */
    static String excerpt(String text, String lang) {
        int limit = lang.equals("ja") ? EXCERPT_JA : EXCERPT_EN;
        if (text.length() <= limit) {
            return text;
        }
        int cut = limit;
        if (!lang.equals("ja")) {
            int space = text.lastIndexOf(' ', limit);
            cut = space > limit / 2 ? space : limit;
        }
        return text.substring(0, cut).strip() + "…";
    }
}
