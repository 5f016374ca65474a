package org.hoshin.pages;

import java.util.List;
import org.hoshin.content.Lang;
import org.hoshin.routes.Routes;

/**
 * sitemap.xml listing every page in every language, each with its language alternates, as search engines expect
 * of a multilingual site; URLs are absolute, as the protocol requires.
 */
final class Sitemap {

    private Sitemap() {
    }

    /** @param pagePaths page paths below the language folder ("", "wards/izumi/", …) */
    static String xml(String siteUrl, List<String> pagePaths) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" ")
                .append("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        out.append("  <url><loc>").append(escape(siteUrl)).append("</loc></url>\n");
        for (String path : pagePaths) {
            for (Lang lang : Lang.ALL) {
                out.append("  <url>\n    <loc>").append(escape(siteUrl + Routes.page(lang, path))).append("</loc>\n");
                for (Lang alternate : Lang.ALL) {
                    out.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(alternate.code())
                            .append("\" href=\"").append(escape(siteUrl + Routes.page(alternate, path)))
                            .append("\"/>\n");
                }
                out.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
                        .append(escape(siteUrl + Routes.page(Lang.ALL.get(0), path))).append("\"/>\n  </url>\n");
            }
        }
        return out.append("</urlset>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
