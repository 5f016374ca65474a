package org.hoshin.site;

import java.util.Map;
import org.hoshin.content.ContentException;
import org.hoshin.content.Edition;
import org.hoshin.content.Ward;

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
            for (Ward ward : site.content().wards()) {
                site.wardPage(lang, wardPath(ward.id()), TEMPLATE, ward, () -> latest(site, ward, lang));
            }
            for (Ward ward : site.content().wards()) {
                for (Edition edition : ward.editions()) {
                    String path = editionPath(ward.id(), edition.fiscalYear().start());
                    site.wardPage(lang, path, TEMPLATE, ward, edition.equals(ward.latest())
                            ? () -> latest(site, ward, lang)
                            : () -> Map.of("ward", site.views().view(ward, edition, lang)));
                }
            }
        }
    }

    /** The data of the page of the ward's latest edition, whose view the build prepares once. */
    private static Map<String, Object> latest(SiteContext site, Ward ward, String lang) {
        return Map.of("ward", site.latestView(ward, lang));
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
