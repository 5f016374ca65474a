package org.hoshin.pages;

import java.util.Map;
import org.hoshin.content.ContentException;
import org.hoshin.content.Lang;
import org.hoshin.content.Theme;
import org.hoshin.routes.Routes;

/**
 * The theme pages: {@code <lang>/themes/} lists every theme with a wards × themes table of how many initiatives
 * each ward's latest edition has in it, and {@code <lang>/themes/<theme>/} shows them grouped by ward. The themes
 * are matched once per build, in the derive stage ({@link SiteContext#themes}); each theme page is then gathered on
 * the build's threads from the immutable assignments ({@link ThemeViews} only reads them).
 */
final class ThemePages implements PageGenerator {

    @Override
    public void generate(SiteContext site) throws ContentException {
        ThemeViews views = new ThemeViews(site.themes(), site.content().wards());
        for (Lang lang : Lang.ALL) {
            site.page(lang, Routes.themes(), "pages/themes", Map.of("rows", views.rows(lang), "columns", views.columns(lang)));
            for (Theme theme : site.themes().themes().themes()) {
                site.page(lang, Routes.theme(theme.id()), "pages/theme", () -> Map.of("theme", views.page(theme, lang)));
            }
        }
    }
}
