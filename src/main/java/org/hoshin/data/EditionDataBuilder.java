package org.hoshin.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hoshin.content.Caption;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Lang;
import org.hoshin.content.Pillar;
import org.hoshin.content.PolicyItem;
import org.hoshin.content.ReviewMarks;
import org.hoshin.content.Section;
import org.hoshin.content.Translation;
import org.hoshin.content.Ward;
import org.hoshin.render.PlainText;
import org.hoshin.routes.Routes;
import org.hoshin.themes.ThemeAssignments;
import org.hoshin.themes.ThemedInitiative;

/**
 * Builds the open-data record of one edition from the content model. The English policy mirrors the Japanese item
 * for item (same ids, same order), so items are paired by position; an English item whose translation is missing
 * carries the Japanese text in the model, and is published as null here so data users never mistake it for English.
 */
public final class EditionDataBuilder {

    public static final int FORMAT = 1;
    public static final String SCHEMA_FILE = Routes.EDITION_SCHEMA;

    private final String siteUrl;
    private final ThemeAssignments themes;
    private final PlainText plain = new PlainText();

    /**
     * @param siteUrl the published address ending in '/', for absolute links
     * @param themes  the theme assignments of the build
     */
    public EditionDataBuilder(String siteUrl, ThemeAssignments themes) {
        this.siteUrl = siteUrl;
        this.themes = themes;
    }

    /** The absolute address of an edition's page, or of an anchor on it when {@code anchor} is not empty. */
    public String pageUrl(Lang lang, Ward ward, Edition edition, String anchor) {
        String page = Routes.edition(ward.id(), edition.fiscalYear().start());
        return siteUrl + Routes.page(lang, anchor.isEmpty() ? page : Routes.anchor(page, anchor));
    }

    /**
     * The themes of each initiative of the edition (by id), all that {@link #build} reads from the theme
     * assignments: while the ward and these are unchanged, so is the edition's data.
     */
    public Map<String, List<String>> themeIds(Ward ward, Edition edition) {
        Map<String, List<String>> ids = new java.util.TreeMap<>();
        themes.of(ward.id(), edition.fiscalYear().start()).forEach((id, themed) ->
                ids.put(id, themed.themes().stream().map(t -> t.id()).toList()));
        return ids;
    }

    public EditionData build(Ward ward, Edition edition) {
        var ja = edition.japanese();
        var en = edition.english();
        var year = edition.fiscalYear();
        var themed = themes.of(ward.id(), year.start());
        List<EditionData.PillarData> pillars = new ArrayList<>();
        for (int p = 0; p < ja.pillars().size(); p++) {
            Pillar jp = ja.pillars().get(p);
            Pillar ep = en.pillars().get(p);
            List<EditionData.InitiativeData> initiatives = new ArrayList<>();
            for (int i = 0; i < jp.initiatives().size(); i++) {
                Initiative ji = jp.initiatives().get(i);
                Initiative ei = ep.initiatives().get(i);
                ThemedInitiative t = themed.get(ji.id());
                initiatives.add(new EditionData.InitiativeData(ji.id(), both(ji, ei, PolicyItem::title),
                        both(ji, ei, PolicyItem::program), text(ji, ei), captions(ji, ei),
                        t == null ? List.of() : t.themes().stream().map(x -> x.id()).toList(),
                        state(ei.translation()), urls(ward, edition, ji.id())));
            }
            pillars.add(new EditionData.PillarData(jp.id(), p + 1, both(jp, ep, PolicyItem::title), text(jp, ep),
                    captions(jp, ep), state(ep.translation()), urls(ward, edition, jp.id()), initiatives));
        }
        return new EditionData(siteUrl + Routes.dataFile(SCHEMA_FILE), FORMAT,
                new EditionData.WardData(ward.id(), ward.name(Lang.JA), ward.name(Lang.EN), ward.officeUrl()),
                new EditionData.FiscalYearData(year.start(), year.japanese(), year.english(), year.isoStart(),
                        year.isoEnd()),
                both(ja.title(), en.title(), en.translation(), Function.identity()),
                both(ja.goal(), en.goal(), en.translation(), Function.identity()),
                text(ja.basicGoal(), en.basicGoal()), state(en.translation()),
                urls(ward, edition, ""),
                new EditionData.SourceData(edition.source().file(), edition.source().sha256(),
                        edition.source().url().isEmpty() ? null : edition.source().url(), ward.officeUrl()),
                pillars, sections(ward, edition, ja.management(), en.management()),
                sections(ward, edition, ja.columns(), en.columns()));
    }

    private List<EditionData.SectionData> sections(Ward ward, Edition edition, List<Section> ja, List<Section> en) {
        List<EditionData.SectionData> result = new ArrayList<>();
        for (int s = 0; s < ja.size(); s++) {
            Section j = ja.get(s);
            Section e = en.get(s);
            result.add(new EditionData.SectionData(j.id(), both(j, e, PolicyItem::title), text(j, e),
                    captions(j, e), state(e.translation()), urls(ward, edition, j.id())));
        }
        return result;
    }

    private EditionData.Localized<String> urls(Ward ward, Edition edition, String anchor) {
        return new EditionData.Localized<>(pageUrl(Lang.JA, ward, edition, anchor),
                pageUrl(Lang.EN, ward, edition, anchor));
    }

    /** An item's text in both languages, as plain text and as written. */
    private EditionData.Localized<EditionData.Text> text(PolicyItem ja, PolicyItem en) {
        return both(ja, en, i -> new EditionData.Text(plain.of(i.body()),
                ReviewMarks.withoutMarkLines(i.body().source())));
    }

    /** One value of an item in both languages: none in English where the item's translation is missing. */
    private static <T> EditionData.Localized<T> both(PolicyItem ja, PolicyItem en, Function<PolicyItem, T> value) {
        return both(ja, en, en.translation(), value);
    }

    private static <S, T> EditionData.Localized<T> both(S ja, S en, Translation state, Function<S, T> value) {
        return new EditionData.Localized<>(value.apply(ja), state == Translation.MISSING ? null : value.apply(en));
    }

    private static EditionData.Localized<List<String>> captions(PolicyItem ja, PolicyItem en) {
        return both(ja, en, item -> captions(item.captions()));
    }

    private static List<String> captions(List<Caption> captions) {
        return captions.stream().map(Caption::text).toList();
    }

    /** The English state as data users read it. */
    static String state(Translation translation) {
        return switch (translation) {
            case ORIGINAL, CURRENT -> "current";
            case STALE -> "stale";
            case MISSING -> "missing";
        };
    }
}
