package org.hoshin.site;

import java.util.Map;
import org.hoshin.content.ContentException;
import org.hoshin.content.Edition;
import org.hoshin.content.Ward;
import org.hoshin.render.WardView;

/**
 * The policy pages: {@code <lang>/wards/<ward>/<year>/} for every edition, a permanent address to cite, and
 * {@code <lang>/wards/<ward>/} showing the latest edition with the same anchors, so links made before a new
 * edition appeared keep landing on the ward's current policy. While an edition is the latest, its own address
 * names the ward's address as canonical (search engines show residents the living address); once a newer edition
 * arrives it becomes a page of its own.
 */
final class EditionPages implements PageGenerator {

    static final String TEMPLATE = "pages/ward";

    @Override
    public void generate(SiteContext site) throws ContentException {
        for (String lang : SiteBuilder.LANGUAGES) {
            for (WardView latest : site.latestViews(lang)) {
                Ward ward = site.ward(latest.id());
                site.page(lang, wardPath(latest.id()), TEMPLATE, Map.of("ward", latest,
                        "themes", ThemeLinks.of(site.themes(), ward, ward.latest(), lang)));
            }
            for (Ward ward : site.content().wards()) {
                for (Edition edition : ward.editions()) {
                    String path = editionPath(ward.id(), edition.fiscalYear().start());
                    if (edition.equals(ward.latest())) {
                        WardView latest = site.latestViews(lang).stream().filter(v -> v.id().equals(ward.id()))
                                .findFirst().orElseThrow();
                        site.duplicatePage(lang, path, wardPath(ward.id()), TEMPLATE, Map.of("ward", latest,
                                "themes", ThemeLinks.of(site.themes(), ward, edition, lang)));
                    } else {
                        site.page(lang, path, TEMPLATE, Map.of("ward", site.views().view(ward, edition, lang),
                                "themes", ThemeLinks.of(site.themes(), ward, edition, lang)));
                    }
                }
            }
        }
    }

    /** The ward's own address, below the language folder. */
    static String wardPath(String wardId) {
        return "wards/" + wardId + "/";
    }

    /** An edition's permanent address, below the language folder. */
    static String editionPath(String wardId, int year) {
        return wardPath(wardId) + year + "/";
    }
}
