package org.hoshin.render;

import java.util.regex.Pattern;
import org.hoshin.content.Lang;
import org.hoshin.content.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Renders editors' Markdown to HTML for one place in a page. Raw HTML in Markdown is shown as text, never
 * passed through, and the result goes through {@link HtmlSanitizer}'s allow-list, so content cannot inject scripts
 * or dangerous links even if it got past the content check; headings are shifted below the heading of the item they
 * sit in, so the page keeps one correct outline whatever level an editor wrote; a table is put in a scrolling
 * region, like the reference tables, so a wide one scrolls on a phone instead of widening the page.
 *
 * <p>A single line break inside a paragraph is kept as a line break in Japanese text, where editors break lines
 * on purpose (・会場：泉区役所 / ・時期：10月), and is a space in English text, where translators may wrap long
 * lines in their editor as usual in English prose.
 *
 * <p>Links between pages are written relative to the edition's own page ({@code ../../izumi/2022/#p1-1}) or from
 * the site's root ({@code /ja/wards/izumi/}); {@link PageLinks} turns them into links that work from the page the
 * text is shown on, at any address the site is served from.
 *
 * <p>Each text is rendered once per build ({@link RenderedTexts}), whatever page shows it; this class places that
 * HTML on a page. One renderer is shared by the build's threads, and that is safe: it holds nothing, and everything
 * here is local to the call.
 */
public final class MarkdownRenderer {

    /** A URL with a scheme (https:, mailto:): never rewritten. */
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /**
     * Where rendered links must work from.
     *
     * @param relativePrefix put before a relative link: "" on the edition's page, "2022/" on the ward's address,
     *                       which shows the latest edition one folder up
     * @param root           the relative way to the site's root from the page ("../../../../"), put in place of
     *                       the leading '/' of a link from the site's root, so it works under a sub-path too
     */
    public record PageLinks(String relativePrefix, String root) {

        /** Links as written, for texts not placed on a page (tests, previews). */
        public static final PageLinks AS_WRITTEN = new PageLinks("", "/");

        String rewrite(String href) {
            if (href.isEmpty() || href.startsWith("#") || SCHEME.matcher(href).find()) {
                return href;
            }
            return href.startsWith("/") ? root + href.substring(1) : relativePrefix + href;
        }

        boolean changesNothing() {
            return relativePrefix.isEmpty() && root.equals("/");
        }
    }

    /** Renders Japanese text with its links as written. */
    public String render(Markdown markdown, int containerLevel) {
        return render(markdown, containerLevel, Lang.JA, PageLinks.AS_WRITTEN);
    }

    /**
     * @param markdown       the source
     * @param containerLevel heading level of the item the text belongs to; a {@code #} heading in the text
     *                       becomes one level below it
     * @param textLang       the language the text is written in, which decides what a single line
     *                       break means
     * @param links          the page the text is shown on
     */
    public String render(Markdown markdown, int containerLevel, Lang textLang, PageLinks links) {
        return placed(RenderedTexts.html(markdown, textLang == Lang.EN), containerLevel, links);
    }

    /** Allow-listed HTML of a text as the page at {@code links} shows it under an item at {@code containerLevel}. */
    static String placed(String html, int containerLevel, PageLinks links) {
        if (html.isEmpty()) {
            return "";
        }
        boolean rewriteLinks = !links.changesNothing() && html.contains("href=\"");
        if (!html.contains("<h") && !html.contains("<table") && !rewriteLinks) {
            return html.strip();
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element heading : doc.body().select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            heading.tagName("h" + Math.min(6, containerLevel + level));
        }
        for (Element table : doc.body().select("table")) {
            scrollable(table);
        }
        if (rewriteLinks) {
            for (Element link : doc.body().select("a[href]")) {
                link.attr("href", links.rewrite(link.attr("href")));
            }
        }
        return doc.body().html().strip();
    }

    /**
     * Wraps {@code table} in a region that scrolls sideways, focusable so keyboard users can scroll it, and named
     * by the table's column headings (a Markdown table has no caption).
     */
    private static void scrollable(Element table) {
        String columns = String.join(" / ", table.select("thead th").eachText());
        table.wrap("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\"></div>");
        table.parent().attr("aria-label", columns);
    }
}
