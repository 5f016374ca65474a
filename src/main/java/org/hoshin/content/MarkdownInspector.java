package org.hoshin.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks editors' Markdown before it is published. Raw HTML is rejected rather than filtered, so a page never
 * carries a script, an event handler or an iframe, and an editor learns at once that Markdown is the way; links
 * are collected so anchors can be checked against the ids of the page.
 */
public final class MarkdownInspector {

    /** Deeper trees overflow the stack of Flexmark's recursive renderer (at about 1,000 levels). */
    static final int MAX_TREE_DEPTH = 4 * MarkdownLimits.MAX_DEPTH;
    private static final Pattern HANDLER = Pattern.compile("\\bon[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9-]*)");

    /**
     * A link found in Markdown.
     *
     * @param target   the URL as written
     * @param location where it is written
     */
    public record LinkRef(String target, Location location) {
    }

    /** How to break a line: editors reach for {@code <br>} first. */
    /** How to break a line, in the editor's language: the answer to a rejected {@code <br>}. */
    static String lineBreakHint() {
        return Message.format("markdown.lineBreak.hint");
    }

    /**
     * The links of a text that passed the content check, for checks that need the whole site (links between
     * pages). Texts without a link are not parsed.
     */
    public static List<LinkRef> links(Markdown markdown) {
        String source = markdown.source();
        if (!source.contains("](") && !source.contains("]:") && !source.contains("<")) {
            return List.of();
        }
        return new MarkdownInspector().inspect(markdown, new ArrayList<>());
    }

    /** Adds a problem for each unsafe construct to {@code errors}; returns the links for anchor checking. */
    List<LinkRef> inspect(Markdown markdown, List<ContentError> errors) {
        List<LinkRef> links = new ArrayList<>();
        if (markdown.isBlank()) {
            return links;
        }
        Optional<ContentError> tooBig = MarkdownLimits.check(markdown);
        if (tooBig.isPresent()) {
            errors.add(tooBig.get());
            return links;
        }
        Node document = markdown.parse();
        visit(document, markdown, LineIndex.of(markdown.source()), errors, links);
        return links;
    }

    /**
     * Looks at every node, depth first, with an explicit stack: a recursive walk overflowed the Java stack on
     * deeply nested input. Nesting deeper than the renderer can take is reported once and the walk stops there.
     */
    private void visit(Node document, Markdown markdown, LineIndex lines, List<ContentError> errors,
            List<LinkRef> links) {
        Deque<Node> pending = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        pushChildren(document, 1, pending, depths);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            int depth = depths.pop();
            Location at = locate(node, markdown, lines);
            if (depth > MAX_TREE_DEPTH) {
                errors.add(ContentError.of(at, "markdown.treeDepth", MAX_TREE_DEPTH));
                return;
            }
            check(node, at, errors, links);
            pushChildren(node, depth + 1, pending, depths);
        }
    }

    private static void pushChildren(Node parent, int depth, Deque<Node> pending, Deque<Integer> depths) {
        for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
            pending.push(child);
            depths.push(depth);
        }
    }

    private static void check(Node node, Location at, List<ContentError> errors, List<LinkRef> links) {
        if (node instanceof HtmlCommentBlock && ReviewMarks.isMark(node.getChars().toString())) {
            return;  // import's 要確認 mark: build and check warn at it until an editor deletes it
        }
        if (node instanceof HtmlBlock || node instanceof HtmlInline || node instanceof HtmlCommentBlock
                || node instanceof HtmlInlineComment) {
            String html = node.getChars().toString();
            errors.add(new ContentError(at, describeHtml(html), isLineBreak(html) ? lineBreakHint()
                    : Message.format("markdown.html.hint")));
        } else if (node instanceof Image || node instanceof ImageRef) {
            errors.add(ContentError.of(at, "markdown.image"));
        } else if (node instanceof Link link) {
            checkUrl(link.getUrl().toString(), at, errors, links);
        } else if (node instanceof AutoLink link) {
            checkUrl(link.getUrl().toString(), at, errors, links);
        } else if (node instanceof Reference reference) {
            checkUrl(reference.getUrl().toString(), at, errors, links);
        }
    }

    /** Checks the URL the renderer will write: Flexmark unescapes backslash escapes and entities first. */
    private static void checkUrl(String written, Location at, List<ContentError> errors, List<LinkRef> links) {
        String url = Escaping.unescapeString(written);
        if (!UrlPolicy.allows(url)) {
            errors.add(new ContentError(at, Message.format("markdown.unsafeLink", shown(written)), UrlPolicy.hint()));
            return;
        }
        if (UrlPolicy.looksLikeWebAddressWithoutScheme(url)) {
            errors.add(ContentError.of(at, "markdown.noScheme", shown(written)));
            return;
        }
        links.add(new LinkRef(url, at));
    }

    /** The URL for a message: control characters made visible, and cut short when long. */
    private static String shown(String url) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < url.length() && out.length() < 80; i++) {
            char c = url.charAt(i);
            out.append(c < 0x20 || c == 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.length() < 80 ? out.toString() : out + "…";
    }

    /** Whether {@code html} is a line-break tag ({@code <br>}, {@code <br/>}, {@code </br>}). */
    static boolean isLineBreak(String html) {
        Matcher tag = TAG.matcher(html);
        return tag.find() && tag.group(1).equalsIgnoreCase("br");
    }

    static String describeHtml(String html) {
        Matcher tag = TAG.matcher(html);
        String name = tag.find() ? tag.group(1).toLowerCase(Locale.ROOT) : "";
        if (HANDLER.matcher(html).find()) {
            return Message.format("markdown.html.handler");
        }
        return name.isEmpty() ? Message.format("markdown.html.any") : Message.format("markdown.html.tag", name);
    }

    private static Location locate(Node node, Markdown markdown, LineIndex lines) {
        Location origin = markdown.origin();
        int offset = node.getStartOffset();
        return new Location(origin.file(), origin.line() + lines.line(offset), lines.column(offset));
    }
}
