package org.hoshin.render;

import java.util.List;
import org.hoshin.content.UrlPolicy;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The last line of defence between Markdown and a page: an allow-list of exactly the elements and attributes
 * Flexmark (with its tables extension) produces for editors' text, with every link re-checked by
 * {@link UrlPolicy}. Content checks already reject raw HTML and unsafe links; this makes sure that even a renderer
 * option or extension added later cannot publish a script, an event handler, a third-party resource or a
 * {@code javascript:} URL. HTML that is already clean is returned unchanged, byte for byte, so a sanitized build
 * of good content is identical to an unsanitized one.
 */
final class HtmlSanitizer {

    private final Cleaner cleaner = new Cleaner(new MarkdownSafelist());

    /**
     * Allow-listed HTML, and the document it was parsed into when it was clean already (null when it was cleaned),
     * so that what is read from the text need not parse it again.
     */
    record Checked(String html, Document parsed) {
    }

    /** {@code html} itself when every element, attribute and URL in it is allowed; else the allowed part of it. */
    String sanitize(String html) {
        return check(html).html();
    }

    /**
     * {@link #sanitize}, with the parsed document of clean HTML. The test is jsoup's {@code isValidBodyHtml}, made
     * here to keep what it parses: the HTML parsed as a body without a parse error, and no element or attribute
     * the allow-list would drop.
     */
    Checked check(String html) {
        Document dirty = Document.createShell("");
        ParseErrorList errors = ParseErrorList.tracking(1);
        List<Node> nodes = Parser.parseFragment(html, dirty.body(), "", errors);
        dirty.body().insertChildren(0, nodes);
        if (errors.isEmpty() && cleaner.isValid(dirty)) {
            return new Checked(html, dirty);
        }
        Document clean = cleaner.clean(org.jsoup.Jsoup.parseBodyFragment(html));
        clean.outputSettings().prettyPrint(false);
        return new Checked(clean.body().html(), null);
    }

    /** Flexmark's elements; links only where {@link UrlPolicy} allows them. */
    static final class MarkdownSafelist extends Safelist {

        MarkdownSafelist() {
            addTags("p", "br", "hr", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h1", "h2", "h3", "h4", "h5", "h6", "a", "table", "thead", "tbody", "tr", "th", "td");
            addAttributes("a", "href", "title");
            addAttributes("ol", "start");
            addAttributes("code", "class");
            addAttributes("th", "align");
            addAttributes("td", "align");
        }

        @Override
        public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
            if (tagName.equals("a") && attribute.getKey().equals("href")) {
                return UrlPolicy.allows(attribute.getValue());
            }
            return super.isSafeAttribute(tagName, element, attribute);
        }
    }
}
