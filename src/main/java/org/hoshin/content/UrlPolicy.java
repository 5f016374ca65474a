package org.hoshin.content;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The one rule for every URL an editor's text can put into a page: external links over https, http, mailto or tel,
 * anchors on the page ({@code #p1-1}) and site-relative paths; nothing else. The rule judges the URL as the
 * browser will see it, not as written, because a browser decodes entities ({@code &#106;avascript:}) and drops
 * tabs, newlines and control characters ({@code java&#x09;script:}) before it reads the scheme; checking the
 * written form let such links through. Used by the content check (errors for editors) and by the renderer's
 * sanitizer (so a URL that somehow got past the check is still never published).
 */
public final class UrlPolicy {

    /** The hint shown with every rejected link, in the editor's language. */
    public static String hint() {
        return Message.format("url.unsafe.hint");
    }

    private static final Set<String> SCHEMES = Set.of("https", "http", "mailto", "tel");
    /** A scheme as the WHATWG URL parser reads one: a letter, then letters, digits, '+', '-' or '.', then ':'. */
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    /** A host name: www.… or labels ending in a top-level domain the city and its partners use. */
    private static final Pattern WEB_HOST = Pattern.compile(
            "www\\.[a-z0-9.-]+|[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(jp|com|org|net|info|biz|io|tokyo|yokohama|gov|edu)(:\\d+)?");

    private UrlPolicy() {
    }

    /** Whether a URL (an attribute value after HTML parsing, or a Markdown URL after unescaping) may be published. */
    public static boolean allows(String url) {
        String seen = asBrowserSees(url);
        Matcher scheme = SCHEME.matcher(seen);
        if (scheme.find()) {
            return SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
        }
        // Without a scheme the URL is relative; "//host" and its backslash spellings lead to another site.
        return !seen.replace('\\', '/').startsWith("//");
    }

    /**
     * Whether a link without a scheme names another web site ({@code www.city.yokohama.lg.jp/izumi/},
     * {@code city.yokohama.lg.jp}): the browser would read it as a page of this site and lead nowhere. Its first
     * segment starts with {@code www.} or ends in a common top-level domain; site files (index.html, sitemap.xml)
     * do not.
     */
    public static boolean looksLikeWebAddressWithoutScheme(String url) {
        String seen = asBrowserSees(url);
        if (SCHEME.matcher(seen).find()) {
            return false;
        }
        String first = seen.split("[/?#]", 2)[0].toLowerCase(Locale.ROOT);
        return WEB_HOST.matcher(first).matches();
    }

    /**
     * The URL with HTML entities decoded and every ASCII control character and space removed (the WHATWG parser
     * strips them at the ends and drops tab, LF and CR anywhere; removing all of them can only make the scheme
     * easier to see). Decoding once more than needed is harmless for a real URL and stops a double-encoded scheme.
     */
    static String asBrowserSees(String url) {
        String decoded = Parser.unescapeEntities(url, true);
        StringBuilder kept = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c > 0x20 && c != 0x7F) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
