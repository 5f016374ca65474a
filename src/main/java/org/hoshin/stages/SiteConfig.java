package org.hoshin.stages;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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

    /** @throws SiteUrlException when the site URL is not an absolute http(s) address */
    public SiteConfig {
        siteUrl = normaliseSiteUrl(siteUrl);
    }

    /** The path part of the site URL ("/" at a domain root, "/hoshin/" under a sub-path). */
    public String basePath() {
        String afterScheme = siteUrl.replaceFirst("^[a-z]+://[^/]*", "");
        return afterScheme.isEmpty() ? "/" : afterScheme;
    }

    /**
     * Accepts only a plain absolute http(s) address with a host: no other scheme (javascript:, file:), no
     * spaces, control or non-ASCII characters (it is written verbatim into XML and HTML), no user name, query or
     * fragment (pages are appended to it). Lower-cases the scheme and adds a missing trailing '/'.
     */
    static String normaliseSiteUrl(String value) {
        if (value == null || value.isEmpty()) {
            throw new SiteUrlException("", "siteUrl.empty");
        }
        if (value.chars().anyMatch(c -> c <= ' ' || c >= 0x7f)) {
            throw new SiteUrlException(value, "siteUrl.characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new SiteUrlException(value, "siteUrl.syntax", e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new SiteUrlException(value, "siteUrl.scheme");
        }
        if (uri.isOpaque() || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new SiteUrlException(value, "siteUrl.noHost");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new SiteUrlException(value, "siteUrl.extraParts");
        }
        String normalised = scheme + value.substring(scheme.length());
        if (uri.getRawPath().isEmpty()) {
            return normalised + "/";
        }
        return normalised.endsWith("/") ? normalised : normalised + "/";
    }
}
