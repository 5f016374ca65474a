package org.hoshin.render;

import java.util.ArrayList;
import java.util.List;
import org.hoshin.content.Caption;
import org.hoshin.content.Edition;
import org.hoshin.content.FiscalYear;
import org.hoshin.content.Initiative;
import org.hoshin.content.Lang;
import org.hoshin.content.Markdown;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.Section;
import org.hoshin.content.Translation;
import org.hoshin.content.Ward;

/**
 * Prepares {@link WardView}s from the content model for one language: renders Markdown at the right heading level,
 * formats fiscal years the way each language writes them, and marks stale or missing translations. Keeps no state
 * between calls, and its {@link MarkdownRenderer} is thread-safe, so the build's threads share one instance.
 */
public final class WardViews {

    /** Heading levels on the ward page: h1 title, h2 part, h3 pillar or item, h4 initiative. */
    private static final int ITEM_LEVEL = 3;
    private static final int INITIATIVE_LEVEL = 4;
    private static final int PART_LEVEL = 2;

    private final MarkdownRenderer markdown;

    public WardViews(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** The page of {@code edition} of {@code ward} in {@code lang}, with links as written in the content. */
    public WardView view(Ward ward, Edition edition, Lang lang) {
        return view(ward, edition, lang, MarkdownRenderer.PageLinks.AS_WRITTEN);
    }

    /** The page of {@code edition} of {@code ward} in {@code lang}, with links that work from {@code links}' page. */
    public WardView view(Ward ward, Edition edition, Lang lang, MarkdownRenderer.PageLinks links) {
        boolean japanese = lang.isJapanese();
        Policy p = edition.policy(lang);
        FiscalYear year = edition.fiscalYear();
        String yearText = yearLabel(year, lang);
        String span = japanese ? "（" + year.start() + "年4月〜" + (year.start() + 1) + "年3月）"
                : " (" + year.englishSpan() + ")";
        Texts texts = new Texts(markdown, links);
        List<WardView.PillarView> pillars = new ArrayList<>();
        int number = 0;
        for (Pillar pillar : p.pillars()) {
            List<WardView.InitiativeView> initiatives = new ArrayList<>();
            for (Initiative i : pillar.initiatives()) {
                WardView.Status status = status(i.translation());
                initiatives.add(new WardView.InitiativeView(i.id(), i.title(), i.program(),
                        texts.html(i.body(), INITIATIVE_LEVEL, status), captions(i.captions()), status));
            }
            WardView.Status status = status(pillar.translation());
            pillars.add(new WardView.PillarView(pillar.id(), ++number, pillar.title(),
                    texts.html(pillar.summary(), ITEM_LEVEL, status), captions(pillar.captions()), initiatives,
                    status));
        }
        return new WardView(ward.id(), lang.code(), p.wardName(), p.title(), yearText, span,
                p.goal().lines().map(String::strip).filter(l -> !l.isEmpty()).toList(), p.slogan(),
                texts.html(p.goalText(), PART_LEVEL, status(p.translation())), status(p.translation()),
                texts.html(p.pillarsIntro(), PART_LEVEL), status(p.pillarsIntro()), pillars,
                texts.html(p.managementIntro(), PART_LEVEL), status(p.managementIntro()),
                sections(p.management(), texts), sections(p.columns(), texts),
                p.tables().stream().map(t -> new WardView.TableView(t.id(), t.title(), t.header(), t.rows(),
                        status(t.translation()))).toList(),
                p.mascots().stream().map(m -> new WardView.MascotView(m.label(lang))).toList(),
                captions(p.captions()), texts.html(p.notes(), PART_LEVEL), status(p.notes()),
                edition.source().file(), edition.source().sha256(), p.pillarsHeading(), p.initiativesLabel(),
                editionsOf(ward, edition, lang), ward.officeUrl(), edition.source().url(),
                edition.japanese().aliases(), edition.japanese().title());
    }

    /** Renders the texts of one page: in the language each is written in, with links working from the page. */
    private record Texts(MarkdownRenderer markdown, MarkdownRenderer.PageLinks links) {

        String html(Markdown text, int level, WardView.Status status) {
            return markdown.render(text, level, status.lang(), links);
        }

        String html(Markdown text, int level) {
            return html(text, level, status(text));
        }
    }

    /** The fiscal year as the page's language writes it: 令和4年度, FY2022. */
    public static String yearLabel(FiscalYear year, Lang lang) {
        return lang.isJapanese() ? year.japanese() : year.english();
    }

    private static WardView.Editions editionsOf(Ward ward, Edition edition, Lang lang) {
        List<WardView.EditionLink> links = new ArrayList<>();
        for (Edition e : ward.editions()) {
            links.add(0, new WardView.EditionLink(e.fiscalYear().start(), yearLabel(e.fiscalYear(), lang),
                    e.equals(edition)));
        }
        Edition latest = ward.latest();
        WardView.EditionLink newer = latest.equals(edition) ? null
                : new WardView.EditionLink(latest.fiscalYear().start(), yearLabel(latest.fiscalYear(), lang), false);
        WardView.EditionLink previous = ward.previous(edition)
                .map(e -> new WardView.EditionLink(e.fiscalYear().start(), yearLabel(e.fiscalYear(), lang), false))
                .orElse(null);
        return new WardView.Editions(edition.fiscalYear().start(), links, newer, previous);
    }

    private static List<WardView.SectionView> sections(List<Section> sections, Texts texts) {
        return sections.stream().map(s -> new WardView.SectionView(s.id(), s.title(),
                texts.html(s.body(), ITEM_LEVEL, status(s.translation())), captions(s.captions()),
                status(s.translation()))).toList();
    }

    private static WardView.Status status(Markdown text) {
        return status(text.translation());
    }

    static WardView.Status status(Translation translation) {
        return switch (translation) {
            case ORIGINAL -> new WardView.Status("", Lang.JA);
            case CURRENT -> new WardView.Status("", Lang.EN);
            case STALE -> new WardView.Status("stale", Lang.EN);
            case MISSING -> new WardView.Status("missing", Lang.JA);
        };
    }

    private static List<String> captions(List<Caption> captions) {
        return captions.stream().map(Caption::text).toList();
    }
}
