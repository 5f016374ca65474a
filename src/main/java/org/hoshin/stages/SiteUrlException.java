package org.hoshin.stages;

import org.hoshin.content.Message;

/**
 * The published address given for the site ({@code --site-url} or {@code $HOSHIN_SITE_URL}) cannot be used. It
 * ends up in sitemap.xml, robots.txt and every page's head, so only plain absolute http(s) addresses pass.
 */
public final class SiteUrlException extends IllegalArgumentException {

    /** {@code problemKey} names what is wrong with {@code value} in the message catalogue. */
    public SiteUrlException(String value, String problemKey, Object... args) {
        super(worded(Message.of("siteUrl.invalid", visible(value), Message.of(problemKey, args))));
    }

    /** The value with control characters shown as escapes, so the message cannot break the terminal's lines. */
    private static String worded(Message message) {
        return message.text() + " (" + message.hint() + ")";
    }

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
