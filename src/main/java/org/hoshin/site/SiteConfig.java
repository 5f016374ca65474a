package org.hoshin.site;

import java.nio.file.Path;

/**
 * Where a build reads and writes, and where the site will be published.
 *
 * @param projectRoot  folder that file names in messages are relative to
 * @param contentDir   the content folder
 * @param templatesDir the templates folder (layout, partials, messages, assets)
 * @param outputDir    the site folder to replace
 * @param siteUrl      the published address ending in '/', e.g. https://example.org/hoshin/ (sitemap, 404 page)
 */
public record SiteConfig(Path projectRoot, Path contentDir, Path templatesDir, Path outputDir, String siteUrl) {

    public SiteConfig {
        siteUrl = siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
    }

    /** The path part of the site URL ("/" at a domain root, "/hoshin/" under a sub-path). */
    public String basePath() {
        String afterScheme = siteUrl.replaceFirst("^[a-z]+://[^/]*", "");
        return afterScheme.isEmpty() ? "/" : afterScheme;
    }
}
