package org.hoshin.pages;

import java.util.Map;
import org.hoshin.content.ContentException;
import org.hoshin.content.Lang;
import org.hoshin.content.YokohamaWards;
import org.hoshin.routes.Routes;

/**
 * The pages every language has once: the wards list (the language's home), about, and search.
 */
final class LanguagePages implements PageGenerator {

    @Override
    public void generate(SiteContext site) throws ContentException {
        for (Lang lang : Lang.ALL) {
            Map<String, Object> data = Map.of("wards", site.latestViews(lang),
                    "coverage", Coverage.of(site.content(), YokohamaWards.all().size()));
            site.page(lang, Routes.home(), "pages/wards", data);
            site.page(lang, Routes.about(), "pages/about", data);
            site.page(lang, Routes.search(), "pages/search", data);
        }
    }
}
