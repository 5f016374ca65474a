package org.hoshin.site;

import java.util.List;

/**
 * sitemap.xml for the pages a search engine should index, with absolute URLs as the protocol requires.
 */
final class Sitemap {

    private Sitemap() {
    }

    static String xml(String siteUrl, List<String> pagePaths) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : pagePaths) {
            out.append("  <url><loc>").append(escape(siteUrl + path)).append("</loc></url>\n");
        }
        return out.append("</urlset>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
