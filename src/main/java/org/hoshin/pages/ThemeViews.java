package org.hoshin.pages;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Lang;
import org.hoshin.content.Pillar;
import org.hoshin.content.Theme;
import org.hoshin.content.Translation;
import org.hoshin.content.Ward;
import org.hoshin.render.PlainText;
import org.hoshin.render.WardViews;
import org.hoshin.routes.Routes;
import org.hoshin.themes.ThemeAssignments;
import org.hoshin.themes.ThemedInitiative;
import org.hoshin.themes.ThemedPillar;

/**
 * What the theme pages show, in one language: the wards × themes table and, per theme, its initiatives grouped by
 * ward and edition, each group led by the pillars whose titles name the theme. English pages show the English title and text where translated, else the Japanese (lang="ja").
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

    /**
     * One theme's page: a section per ward.
     *
     * @param keywords the theme's words (Japanese), which a ward section with no initiative in the theme names
     */
    record ThemePage(String id, String name, String description, List<String> keywords, List<WardGroup> wards) {
    }

    /** One ward on a theme page: its latest edition's initiatives, then older editions'. */
    record WardGroup(String id, String name, EditionGroup latest, List<EditionGroup> older) {
    }

    /** The initiatives of one edition in the theme, after the pillars whose titles name it. */
    record EditionGroup(int year, String yearLabel, List<PillarItem> pillars, List<Item> items) {
    }

    /** A pillar whose title names the theme; {@code url} is relative to the language folder. */
    record PillarItem(int number, String title, String excerpt, String url, String lang) {
    }

    /** One initiative as a theme page lists it; {@code url} is relative to the language folder. */
    record Item(String title, String program, String excerpt, String url, String lang) {
    }

    private final ThemeAssignments assignments;
    private final List<Ward> wards;
    private final PlainText plain = new PlainText();
    private final Map<Edition, Map<String, Initiative>> english = new IdentityHashMap<>();

    ThemeViews(ThemeAssignments assignments, List<Ward> wards) {
        this.assignments = assignments;
        this.wards = wards;
    }

    List<WardColumn> columns(Lang lang) {
        return wards.stream().map(w -> new WardColumn(w.id(), w.name(lang))).toList();
    }

    List<ThemeRow> rows(Lang lang) {
        List<ThemeRow> rows = new ArrayList<>();
        for (Theme theme : assignments.themes().themes()) {
            List<Integer> counts = wards.stream()
                    .map(w -> assignments.in(theme, w.id(), w.latest().fiscalYear().start()).size()).toList();
            rows.add(new ThemeRow(theme.id(), theme.name(lang), theme.description(lang), counts,
                    counts.stream().mapToInt(Integer::intValue).sum()));
        }
        return rows;
    }

    ThemePage page(Theme theme, Lang lang) {
        List<WardGroup> groups = new ArrayList<>();
        for (Ward ward : wards) {
            List<EditionGroup> older = new ArrayList<>();
            for (int e = ward.editions().size() - 2; e >= 0; e--) {
                EditionGroup group = group(theme, ward, ward.editions().get(e), lang);
                if (!group.items().isEmpty() || !group.pillars().isEmpty()) {
                    older.add(group);
                }
            }
            groups.add(new WardGroup(ward.id(), ward.name(lang), group(theme, ward, ward.latest(), lang), older));
        }
        return new ThemePage(theme.id(), theme.name(lang), theme.description(lang), theme.keywords(), groups);
    }

    private EditionGroup group(Theme theme, Ward ward, Edition edition, Lang lang) {
        int year = edition.fiscalYear().start();
        List<Item> items = assignments.in(theme, ward.id(), year).stream().map(i -> item(i, lang)).toList();
        List<PillarItem> pillars = assignments.pillarsIn(theme, ward.id(), year).stream().map(p -> pillar(p, lang))
                .toList();
        return new EditionGroup(year, WardViews.yearLabel(edition.fiscalYear(), lang), pillars, items);
    }

    private PillarItem pillar(ThemedPillar themed, Lang lang) {
        Pillar shown = themed.pillar();
        if (lang == Lang.EN) {
            shown = themed.edition().policy(lang).pillars().stream().filter(p -> p.id().equals(themed.pillar().id()))
                    .findFirst().orElse(shown);
        }
        Lang textLang = lang == Lang.EN && shown != themed.pillar() && shown.translation() != Translation.MISSING
                ? Lang.EN : Lang.JA;
        String url = Routes.anchor(Routes.edition(themed.ward().id(), themed.edition().fiscalYear().start()),
                themed.pillar().id());
        return new PillarItem(themed.number(), shown.title(), excerpt(plain.of(shown.summary()), textLang), url,
                textLang.code());
    }

    private Item item(ThemedInitiative themed, Lang lang) {
        Initiative shown = inLanguage(themed, lang);
        Lang textLang = lang == Lang.EN && shown.translation() != Translation.MISSING ? Lang.EN : Lang.JA;
        String url = Routes.anchor(Routes.edition(themed.ward().id(), themed.edition().fiscalYear().start()),
                themed.initiative().id());
        return new Item(shown.title(), shown.program(), excerpt(plain.of(shown.body()), textLang), url,
                textLang.code());
    }

    /**
     * The initiative as the page's language has it (the English policy mirrors the Japanese ids), looked up in an
     * index of the edition made on first use.
     */
    private Initiative inLanguage(ThemedInitiative themed, Lang lang) {
        if (lang.isJapanese()) {
            return themed.initiative();
        }
        Map<String, Initiative> byId = english.computeIfAbsent(themed.edition(), edition -> {
            Map<String, Initiative> initiatives = new HashMap<>();
            edition.policy(lang).pillars().forEach(p -> p.initiatives().forEach(i -> initiatives.put(i.id(), i)));
            return initiatives;
        });
        return byId.getOrDefault(themed.initiative().id(), themed.initiative());
    }

    /**
     * The start of the text, cut at a word (English) or character (Japanese) boundary. A character is what a reader
     * sees as one ({@link BreakIterator}): cutting by {@code char} could split a surrogate pair (𠮷, emoji) or part a
     * letter from its combining mark, and the page would show U+FFFD or a stray mark.
     */
    static String excerpt(String text, Lang lang) {
        int limit = lang.isJapanese() ? EXCERPT_JA : EXCERPT_EN;
        if (text.length() <= limit) {
            return text;
        }
        int cut = limit;
        if (!lang.isJapanese()) {
            int space = text.lastIndexOf(' ', limit);
            cut = space > limit / 2 ? space : limit;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        if (!characters.isBoundary(cut)) {
            cut = characters.preceding(cut);
        }
        return text.substring(0, cut).strip() + "…";
    }
}
