package org.hoshin.site;

/**
 * The published address given for the site ({@code --site-url} or {@code $HOSHIN_SITE_URL}) cannot be used. It
 * ends up in sitemap.xml, robots.txt and every page's head, so only plain absolute http(s) addresses pass.
 */
public final class SiteUrlException extends IllegalArgumentException {

    public SiteUrlException(String value, String problem) {
        super("--site-url '" + visible(value) + "': " + problem
                + " (give the absolute http:// or https:// address the site is published at, "
                + "for example https://USER.github.io/REPOSITORY/)");
    }

    /** The value with control characters shown as escapes, so the message cannot break the terminal's lines. */
    private static String visible(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c) && c != ' ') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
