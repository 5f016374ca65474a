package org.hoshin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.hoshin.content.UrlPolicy;
import org.hoshin.testing.BuiltSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every URL on every page of the real built site: links pass the {@link UrlPolicy} editors' links pass, and every
 * resource a page loads (scripts, styles, icons, images) comes from the site itself, never a third party.
 */
class PublishedUrlsTest {

    /** The address the published site lives at; canonical and hreflang links point there. */
    private static final String SITE_URL = "https://example.org/hoshin/";

    @Test
    void everyLinkIsAllowedAndEveryResourceIsTheSites(@TempDir Path temp) throws Exception {
        Path site = BuiltSite.build(temp.resolve("site"), SITE_URL);
        List<Path> pages = BuiltSite.htmlFiles(site).toList();
        assertTrue(pages.size() >= 18, "the site has its pages: " + pages.size());
        int links = 0;
        for (Path file : pages) {
            Document page = BuiltSite.page(site, site.relativize(file).toString());
            for (Element a : page.select("a[href], area[href]")) {
                assertTrue(UrlPolicy.allows(a.attr("href")), file + ": " + a);
                links++;
            }
            for (Element resource : page.select("[src], link[href]")) {
                String url = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
                boolean own = !url.contains(":") && !url.startsWith("//") || url.startsWith(SITE_URL)
                        || url.equals("data:,");
                assertTrue(own, file + ": loads " + url + " from elsewhere");
            }
            assertEquals(0, page.select("script:not([src])").stream()
                    .filter(s -> s.data().contains("javascript:")).count(), file.toString());
        }
        assertTrue(links > 200, "the check saw the site's links: " + links);
    }
}
