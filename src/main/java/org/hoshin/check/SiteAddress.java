package org.hoshin.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The address the site is published at ({@code --site-url}), used to recognise a link that an editor wrote as a full
 * address of one of the site's own pages ({@code https://example.org/hoshin/ja/wards/izumi/#p1-1}). Such a link
 * is a link inside the site and must be checked like {@code /ja/wards/izumi/#p1-1}; left as an external link, a
 * broken anchor in it would pass unnoticed. The comparison is the browser's: scheme and host are compared without
 * regard to case, a default port is the same as none, and the path must continue the site's own path.
 */
final class SiteAddress {

    private final String scheme;
    private final String host;
    private final int port;
    private final String path;

    SiteAddress(String siteUrl) {
        URI uri = URI.create(siteUrl);
        this.scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        this.host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        this.port = effectivePort(scheme, uri.getPort());
        String p = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        this.path = p.endsWith("/") ? p : p + "/";
    }

    /**
     * The link as a path from the site's root ({@code /ja/wards/izumi/#p1-1}) when it is a full address of this site,
     * else empty. Control characters and surrounding spaces are removed first, as the browser removes them.
     */
    Optional<String> sitePath(String link) {
        String cleaned = link.strip().replaceAll("[\\t\\n\\r]", "");
        URI uri;
        try {
            uri = new URI(cleaned);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getScheme() == null || uri.getRawAuthority() == null
                || !uri.getScheme().toLowerCase(Locale.ROOT).equals(scheme)
                || uri.getHost() == null || !uri.getHost().toLowerCase(Locale.ROOT).equals(host)
                || effectivePort(scheme, uri.getPort()) != port) {
            return Optional.empty();
        }
        String rawPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (!(rawPath + (rawPath.endsWith("/") ? "" : "/")).startsWith(path)) {
            return Optional.empty();
        }
        String rest = rawPath.length() >= path.length() ? rawPath.substring(path.length()) : "";
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String fragment = uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment();
        return Optional.of("/" + rest + query + fragment);
    }

    private static int effectivePort(String scheme, int port) {
        if (port >= 0) {
            return port;
        }
        return scheme.equals("https") ? 443 : 80;
    }
}
