package org.hoshin.site;

import java.util.Map;
import org.hoshin.content.ContentException;
import org.hoshin.content.Edition;
import org.hoshin.content.Ward;
import org.hoshin.render.WardView;

/**
 * The policy pages: {@code <lang>/wards/<ward>/<year>/} for every edition, a permanent address to cite, and
 * {@code <lang>/wards/<ward>/} showing the latest edition with the same anchors, so links made before a new
 * edition appeared keep landing on the ward's current policy.
 */
final class EditionPages implements PageGenerator {

    static final String TEMPLATE = "pages/ward";

    @Override
    public void generate(SiteContext site) throws ContentException {
        for (String lang : SiteBuilder.LANGUAGES) {
            for (WardView latest : site.latestViews(lang)) {
                site.page(lang, wardPath(latest.id()), TEMPLATE, Map.of("ward", latest));
            }
            for (Ward ward : site.content().wards()) {
                for (Edition edition : ward.editions()) {
                    String path = editionPath(ward.id(), edition.fiscalYear().start());
                    if (edition.equals(ward.latest())) {
                        WardView view = site.latestViews(lang).stream().filter(v -> v.id().equals(ward.id()))
                                .findFirst().orElseThrow();
                        site.page(lang, path, TEMPLATE, Map.of("ward", view));
                    } else {
                        site.page(lang, path, TEMPLATE, () -> Map.of("ward", site.views().view(ward, edition, lang)));
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
