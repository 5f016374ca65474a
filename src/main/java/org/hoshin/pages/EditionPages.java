package org.hoshin.pages;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hoshin.content.ContentException;
import org.hoshin.content.Edition;
import org.hoshin.content.Lang;
import org.hoshin.content.Ward;
import org.hoshin.routes.Routes;
import org.hoshin.stages.Inputs;

/**
 * The policy pages: {@code <lang>/wards/<ward>/<year>/} for every edition, a permanent address to cite, and
 * {@code <lang>/wards/<ward>/} showing the latest edition with the same anchors, so links made before a new
 * edition appeared keep landing on the ward's current policy. The latest edition is rendered twice, once for each
 * address, because its relative links must work from both. While an edition is the latest, its own address names
 * the ward's address as canonical (search engines show residents the living address); once a newer edition
 * arrives it becomes a page of its own. Pages are rendered on the build's threads; in a preview an edition's pages
 * are reused while the edition, what they show of its ward ({@link WardOutline}) and its theme links did not change.
 */
final class EditionPages implements PageGenerator {

    static final String TEMPLATE = "pages/ward";

    @Override
    public void generate(SiteContext site) throws ContentException {
        for (Lang lang : Lang.ALL) {
            for (Ward ward : site.content().wards()) {
                Map<String, List<ThemeLinks.Link>> themes = ThemeLinks.of(site.themes(), ward, ward.latest(), lang);
                site.wardPage(lang, Routes.ward(ward.id()), TEMPLATE,
                        Inputs.of(ward.latest(), WardOutline.of(ward), themes),
                        () -> Map.of("ward", site.latestView(ward, lang), "themes", themes));
            }
            for (Ward ward : site.content().wards()) {
                for (Edition edition : ward.editions()) {
                    String path = Routes.edition(ward.id(), edition.fiscalYear().start());
                    Map<String, List<ThemeLinks.Link>> themes = ThemeLinks.of(site.themes(), ward, edition, lang);
                    Inputs source = Inputs.of(edition, WardOutline.of(ward), themes);
                    Callable<Map<String, Object>> data = () -> Map.of("ward", site.views().view(ward, edition, lang,
                            PageLinks.atEdition(lang, path)), "themes", themes);
                    if (edition.equals(ward.latest())) {
                        site.duplicatePage(lang, path, Routes.ward(ward.id()), TEMPLATE, source, data);
                    } else {
                        site.wardPage(lang, path, TEMPLATE, source, data);
                    }
                }
            }
        }
    }
}
