package org.hoshin.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks editors' Markdown before it is published. Raw HTML is rejected rather than filtered, so a page never
 * carries a script, an event handler or an iframe, and an editor learns at once that Markdown is the way; links
 * are collected so anchors can be checked against the ids of the page.
 */
final class MarkdownInspector {

    private static final Pattern UNSAFE_SCHEME = Pattern.compile("^\\s*(javascript|vbscript|data)\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HANDLER = Pattern.compile("\\bon[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9-]*)");

    /**
     * A link found in Markdown.
     *
     * @param target   the URL as written
     * @param location where it is written
     */
    record LinkRef(String target, Location location) {
    }

    /** Adds a problem for each unsafe construct to {@code errors}; returns the links for anchor checking. */
    List<LinkRef> inspect(Markdown markdown, List<ContentError> errors) {
        List<LinkRef> links = new ArrayList<>();
        if (markdown.isBlank()) {
            return links;
        }
        visit(markdown.document(), markdown, errors, links);
        return links;
    }

    private void visit(Node node, Markdown markdown, List<ContentError> errors, List<LinkRef> links) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            Location at = locate(child, markdown);
            if (child instanceof HtmlBlock || child instanceof HtmlInline || child instanceof HtmlCommentBlock
                    || child instanceof HtmlInlineComment) {
                errors.add(new ContentError(at, describeHtml(child.getChars().toString()),
                        "write Markdown instead of HTML: **bold**, [link text](https://…), - list item"));
            } else if (child instanceof Link link) {
                checkUrl(link.getUrl().toString(), at, errors, links);
            } else if (child instanceof AutoLink link) {
                checkUrl(link.getUrl().toString(), at, errors, links);
            } else if (child instanceof Image) {
                errors.add(new ContentError(at, "images are not supported in the text",
                        "describe the photo in the 'captions' list of the front matter instead"));
            }
            visit(child, markdown, errors, links);
        }
    }

    private static void checkUrl(String url, Location at, List<ContentError> errors, List<LinkRef> links) {
        if (UNSAFE_SCHEME.matcher(url).find()) {
            errors.add(new ContentError(at, "unsafe link '" + url + "'",
                    "links must start with https://, http://, mailto: or # (an anchor on the page)"));
            return;
        }
        links.add(new LinkRef(url, at));
    }

    private static String describeHtml(String html) {
        Matcher tag = TAG.matcher(html);
        String name = tag.find() ? tag.group(1).toLowerCase(Locale.ROOT) : "";
        if (HANDLER.matcher(html).find()) {
            return "raw HTML with an event-handler attribute (on…=) is not allowed";
        }
        if (name.equals("script") || name.equals("iframe")) {
            return "raw HTML <" + name + "> is not allowed";
        }
        return name.isEmpty() ? "raw HTML is not allowed" : "raw HTML <" + name + "> is not allowed";
    }

    private static Location locate(Node node, Markdown markdown) {
        Location origin = markdown.origin();
        int line = origin.line() + node.getLineNumber();
        int column = node.getStartOffset() - node.getStartOfLine() + 1;
        return new Location(origin.file(), line, Math.max(column, 1));
    }
}
