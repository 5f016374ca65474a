package org.hoshin.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hoshin.content.Caption;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Lang;
import org.hoshin.content.Markdown;
import org.hoshin.content.Pillar;
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
                initiatives.add(new EditionData.InitiativeData(ji.id(), both(ji, ei, ei.translation(), Initiative::title),
                        both(ji, ei, ei.translation(), Initiative::program),
                        text(ji.body(), ei.body(), ei.translation()),
                        both(captions(ji.captions()), captions(ei.captions()), ei.translation(), Function.identity()),
                        t == null ? List.of() : t.themes().stream().map(x -> x.id()).toList(),
                        state(ei.translation()), urls(ward, edition, ji.id())));
            }
            pillars.add(new EditionData.PillarData(jp.id(), p + 1, both(jp, ep, ep.translation(), Pillar::title),
                    text(jp.summary(), ep.summary(), ep.translation()),
                    both(captions(jp.captions()), captions(ep.captions()), ep.translation(), Function.identity()),
                    state(ep.translation()), urls(ward, edition, jp.id()), initiatives));
        }
        return new EditionData(siteUrl + Routes.dataFile(SCHEMA_FILE), FORMAT,
                new EditionData.WardData(ward.id(), ward.name(Lang.JA), ward.name(Lang.EN), ward.officeUrl()),
                new EditionData.FiscalYearData(year.start(), year.japanese(), year.english(), year.isoStart(),
                        year.isoEnd()),
                both(ja.title(), en.title(), en.translation(), Function.identity()),
                both(ja.goal(), en.goal(), en.translation(), Function.identity()),
                text(ja.goalText(), en.goalText(), en.translation()), state(en.translation()),
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
            result.add(new EditionData.SectionData(j.id(), both(j, e, e.translation(), Section::title),
                    text(j.body(), e.body(), e.translation()),
                    both(captions(j.captions()), captions(e.captions()), e.translation(), Function.identity()),
                    state(e.translation()), urls(ward, edition, j.id())));
        }
        return result;
    }

    private EditionData.Localized<String> urls(Ward ward, Edition edition, String anchor) {
        return new EditionData.Localized<>(pageUrl(Lang.JA, ward, edition, anchor), pageUrl(Lang.EN, ward, edition, anchor));
    }

    private EditionData.Localized<EditionData.Text> text(Markdown ja, Markdown en, Translation state) {
        return both(ja, en, state, m -> new EditionData.Text(plain.of(m), ReviewMarks.withoutMarkLines(m.source())));
    }

    private static <S, T> EditionData.Localized<T> both(S ja, S en, Translation state, Function<S, T> value) {
        return new EditionData.Localized<>(value.apply(ja), state == Translation.MISSING ? null : value.apply(en));
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
