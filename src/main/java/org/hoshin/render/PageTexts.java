package org.hoshin.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the texts of a page's body that hold a Japanese letter and are shown in the page's own language: not inside
 * an element whose nearest {@code lang} is Japanese, and not inside an element whose text is not shown as text
 * ({@link InlineJapanese} marks them). Parsing every English page with jsoup, its positions tracked, was an eighth
 * of a build at fifty times today's content; but the templates write simple pages (every element closed where it
 * was opened, nothing the HTML parser would move), whose texts are plainly the characters between their tags. So a
 * page is read as such a page as long as it is one, and by jsoup as soon as anything in it is not: an element the
 * parser would close or move on its own, a table holding text, an end tag that closes something else, markup
 * outside {@code <head>} and {@code <body>}, or syntax read differently by a browser (a bare {@code <}, an entity
 * in a {@code lang}). Either way the same texts are found, at the same places.
 */
final class PageTexts {

    /** Where one text of a page starts and ends (exclusive), in the page's characters. */
    record Text(int start, int end) {
    }

    private static final JapaneseLetters LETTERS = new JapaneseLetters();
    /** Elements whose text is not shown as text in the page (or may hold no element). */
    private static final Set<String> NOT_SHOWN = Set.of("script", "style", "title", "textarea", "option",
            "template");
    /** Elements whose content is text up to their end tag, never markup. */
    private static final Set<String> RAW = Set.of("script", "style", "title", "textarea");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "param", "source", "track", "wbr");
    /** What may stand in a page's head (each void or raw text). */
    private static final Set<String> HEAD = Set.of("meta", "link", "base", "title", "script", "style");
    /**
     * Elements the parser treats in ways of their own (other insertion modes, foreign content, elements it may
     * ignore, close or reopen, a first line break it drops): a page holding any of them is read by jsoup.
     */
    private static final Set<String> UNUSUAL = Set.of("select", "optgroup", "svg", "math", "noscript", "iframe",
            "xmp", "noembed", "noframes", "plaintext", "frameset", "frame", "template", "image", "isindex",
            "nobr", "applet", "marquee", "object", "html", "head", "body", "base", "listing", "keygen", "menuitem",
            "basefont", "bgsound", "ruby", "rb", "rp", "rt", "rtc", "pre");
    /** Elements a paragraph may hold without the parser closing it first. */
    private static final Set<String> PHRASING = Set.of("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code",
            "data", "dfn", "em", "i", "img", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
            "sup", "time", "u", "var", "wbr", "del", "ins", "label", "input", "button", "script", "style",
            "textarea");
    /** Elements in which the parser moves text elsewhere (foster parenting), and what each may hold. */
    private static final java.util.Map<String, Set<String>> TABLE_PARTS = java.util.Map.of(
            "table", Set.of("caption", "colgroup", "thead", "tbody", "tfoot", "tr"),
            "thead", Set.of("tr"), "tbody", Set.of("tr"), "tfoot", Set.of("tr"),
            "tr", Set.of("th", "td"), "colgroup", Set.of("col"));
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Elements the parser closes when the same element opens inside them. */
    private static final Set<String> NOT_NESTED = Set.of("a", "button", "form");

    private PageTexts() {
    }

    /** The texts of {@code page}'s body holding a Japanese letter and not marked Japanese, in page order. */
    static List<Text> unmarked(String page) {
        List<Text> simple = simple(page);
        return simple != null ? simple : parsed(page);
    }

    /** What reading {@code page} as a simple page finds; null when it is not one. */
    static List<Text> simple(String page) {
        return new SimplePage(page).read();
    }

    /** What jsoup finds: its text nodes, at the places its parser saw them. */
    static List<Text> parsed(String page) {
        Document document = Jsoup.parse(page, Parser.htmlParser().setTrackPosition(true));
        List<Text> unmarked = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && LETTERS.anyIn(text.getWholeText()) && !marked(text)
                    && text.sourceRange().isTracked()) {
                unmarked.add(new Text(text.sourceRange().startPos(), text.sourceRange().endPos()));
            }
        }, document.body());
        return unmarked;
    }

    /** Whether the nearest language given around {@code text} is Japanese, or the text is not shown as text. */
    private static boolean marked(TextNode text) {
        for (Element element = (Element) text.parent(); element != null; element = element.parent()) {
            if (NOT_SHOWN.contains(element.normalName())) {
                return true;
            }
            if (element.hasAttr("lang")) {
                return japanese(element.attr("lang"));
            }
        }
        return false;
    }

    private static boolean japanese(String lang) {
        return lang.toLowerCase(Locale.ROOT).startsWith("ja");
    }

    /** One reading of a page as a simple page; {@link #read} gives up (null) at the first thing that is not. */
    private static final class SimplePage {

        /** Thrown to give up: the page is not simple. */
        private static final class NotSimple extends Exception {
            NotSimple() {
                super(null, null, false, false);
            }
        }

        private static final NotSimple NOT_SIMPLE = new NotSimple();

        private final String page;
        private final int length;
        private final List<String> names = new ArrayList<>();
        /** Each open element's {@code lang}, null where it has none. */
        private final List<String> langs = new ArrayList<>();
        private final List<Text> unmarked = new ArrayList<>();
        private int at;
        private boolean headDone;
        private boolean bodyDone;
        /** The {@code lang} of the tag read last, null when it had none. */
        private String tagLang;
        private boolean selfClosing;

        SimplePage(String page) {
            this.page = page;
            this.length = page.length();
        }

        List<Text> read() {
            if (page.indexOf('\r') >= 0 || page.indexOf('\0') >= 0) {
                return null;
            }
            try {
                readDoctype();
                while (at < length) {
                    int lt = page.indexOf('<', at);
                    int textEnd = lt < 0 ? length : lt;
                    if (textEnd > at) {
                        text(at, textEnd);
                    }
                    if (lt < 0) {
                        break;
                    }
                    at = lt;
                    markup();
                }
                if (!bodyDone || !names.isEmpty()) {
                    return null;
                }
                return unmarked;
            } catch (NotSimple e) {
                return null;
            }
        }

        private void readDoctype() {
            String doctype = "<!DOCTYPE html>";
            if (page.regionMatches(true, 0, doctype, 0, doctype.length())) {
                at = doctype.length();
            }
        }

        private void text(int start, int end) throws NotSimple {
            boolean inBody = names.size() >= 2 && names.get(1).equals("body");
            if (!inBody) {
                if (!blank(start, end)) {
                    throw NOT_SIMPLE;
                }
                return;
            }
            if (TABLE_PARTS.containsKey(top()) && !blank(start, end)) {
                throw NOT_SIMPLE;
            }
            if (LETTERS.anyIn(page, start, end) && !markedHere()) {
                unmarked.add(new Text(start, end));
            }
        }

        private boolean markedHere() {
            for (int i = names.size() - 1; i >= 0; i--) {
                if (NOT_SHOWN.contains(names.get(i))) {
                    return true;
                }
                if (langs.get(i) != null) {
                    return japanese(langs.get(i));
                }
            }
            return false;
        }

        /** Reads the markup at {@code at}: a comment, an end tag or a start tag (with a raw text element's text). */
        private void markup() throws NotSimple {
            if (page.startsWith("<!--", at)) {
                int end = page.indexOf("-->", at + 4);
                if (end < 0 || page.startsWith(">", at + 4) || page.startsWith("->", at + 4)
                        || page.substring(at + 4, end).contains("--!>")) {
                    throw NOT_SIMPLE;
                }
                at = end + 3;
            } else if (page.startsWith("</", at)) {
                endTag(name(at + 2));
            } else {
                startTag(name(at + 1));
            }
        }

        /** The lower-cased tag name starting at {@code from}, leaving {@code at} after it. */
        private String name(int from) throws NotSimple {
            int i = from;
            while (i < length && isNameChar(page.charAt(i))) {
                i++;
            }
            if (i == from || !isAsciiLetter(page.charAt(from)) || i == length
                    || !(isSpace(page.charAt(i)) || page.charAt(i) == '/' || page.charAt(i) == '>')) {
                throw NOT_SIMPLE;
            }
            at = i;
            return page.substring(from, i).toLowerCase(Locale.ROOT);
        }

        private void endTag(String name) throws NotSimple {
            if (at >= length || page.charAt(at) != '>' || names.isEmpty() || !top().equals(name)) {
                throw NOT_SIMPLE;
            }
            at++;
            if (name.equals("head")) {
                headDone = true;
            } else if (name.equals("body")) {
                bodyDone = true;
            }
            names.remove(names.size() - 1);
            langs.remove(langs.size() - 1);
        }

        private void startTag(String name) throws NotSimple {
            attributes();
            allowed(name);
            boolean isVoid = VOID.contains(name);
            if (selfClosing && !isVoid) {
                throw NOT_SIMPLE;
            }
            if (RAW.contains(name)) {
                skipRawText(name);
            } else if (!isVoid) {
                names.add(name);
                langs.add(tagLang);
            }
        }

        /** Gives up unless the parser would put an element {@code name} here, as the next child of the top. */
        private void allowed(String name) throws NotSimple {
            int depth = names.size();
            boolean inHead = depth == 2 && names.get(1).equals("head");
            boolean inBody = depth >= 2 && names.get(1).equals("body");
            boolean expected = switch (name) {
                case "html" -> depth == 0 && !bodyDone;
                case "head" -> depth == 1 && !headDone;
                case "body" -> depth == 1 && headDone && !bodyDone;
                default -> inHead ? HEAD.contains(name) : inBody && inBody(name);
            };
            if (!expected) {
                throw NOT_SIMPLE;
            }
        }

        private boolean inBody(String name) {
            if (UNUSUAL.contains(name)) {
                return false;
            }
            String top = top();
            Set<String> tablePart = TABLE_PARTS.get(top);
            if (tablePart != null) {
                return tablePart.contains(name);
            }
            if (TABLE_PARTS.containsKey(name) && !(name.equals("table"))) {
                return false;
            }
            if ((name.equals("th") || name.equals("td")) || name.equals("caption") || name.equals("col")) {
                return false;
            }
            if (!PHRASING.contains(name) && names.contains("p")) {
                return false;
            }
            if (NOT_NESTED.contains(name) && names.contains(name)) {
                return false;
            }
            if (HEADINGS.contains(name) && HEADINGS.contains(top)) {
                return false;
            }
            return switch (name) {
                case "li" -> top.equals("ul") || top.equals("ol") || top.equals("menu");
                case "dd", "dt" -> top.equals("dl");
                case "option" -> false;
                default -> true;
            };
        }

        /** Reads a start tag's attributes up to its {@code >}, keeping its first {@code lang}. */
        private void attributes() throws NotSimple {
            tagLang = null;
            selfClosing = false;
            boolean langSeen = false;
            while (true) {
                skipSpace();
                if (at >= length) {
                    throw NOT_SIMPLE;
                }
                char c = page.charAt(at);
                if (c == '>') {
                    at++;
                    return;
                }
                if (c == '/') {
                    if (!page.startsWith("/>", at)) {
                        throw NOT_SIMPLE;
                    }
                    selfClosing = true;
                    at += 2;
                    return;
                }
                int nameStart = at;
                while (at < length && !isSpace(page.charAt(at)) && "/>=\"'<".indexOf(page.charAt(at)) < 0) {
                    at++;
                }
                if (at == nameStart) {
                    throw NOT_SIMPLE;
                }
                boolean isLang = page.regionMatches(true, nameStart, "lang", 0, 4) && at - nameStart == 4;
                skipSpace();
                String value = "";
                if (at < length && page.charAt(at) == '=') {
                    at++;
                    skipSpace();
                    value = value();
                }
                if (isLang && !langSeen) {
                    langSeen = true;
                    if (value.indexOf('&') >= 0) {
                        throw NOT_SIMPLE;
                    }
                    tagLang = value;
                }
            }
        }

        private String value() throws NotSimple {
            if (at >= length) {
                throw NOT_SIMPLE;
            }
            char quote = page.charAt(at);
            if (quote == '"' || quote == '\'') {
                int end = page.indexOf(quote, at + 1);
                if (end < 0) {
                    throw NOT_SIMPLE;
                }
                String value = page.substring(at + 1, end);
                at = end + 1;
                if (at < length && !isSpace(page.charAt(at)) && "/>".indexOf(page.charAt(at)) < 0) {
                    throw NOT_SIMPLE;
                }
                return value;
            }
            int start = at;
            while (at < length && !isSpace(page.charAt(at)) && page.charAt(at) != '>') {
                if ("\"'<=`".indexOf(page.charAt(at)) >= 0) {
                    throw NOT_SIMPLE;
                }
                at++;
            }
            if (at == start) {
                throw NOT_SIMPLE;
            }
            return page.substring(start, at);
        }

        /** Skips a raw text element's text and its end tag. */
        private void skipRawText(String name) throws NotSimple {
            int i = at;
            while (true) {
                int lt = page.indexOf("</", i);
                if (lt < 0) {
                    throw NOT_SIMPLE;
                }
                int after = lt + 2 + name.length();
                if (page.regionMatches(true, lt + 2, name, 0, name.length()) && after < length
                        && page.charAt(after) == '>') {
                    if (page.substring(at, lt).contains("<!--")) {
                        throw NOT_SIMPLE;
                    }
                    at = after + 1;
                    return;
                }
                if (page.regionMatches(true, lt + 2, name, 0, name.length())) {
                    throw NOT_SIMPLE;
                }
                i = lt + 2;
            }
        }

        private String top() {
            return names.isEmpty() ? "" : names.get(names.size() - 1);
        }

        private void skipSpace() {
            while (at < length && isSpace(page.charAt(at))) {
                at++;
            }
        }

        private boolean blank(int start, int end) {
            for (int i = start; i < end; i++) {
                if (!isSpace(page.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\n' || c == '\t' || c == '\f';
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isNameChar(char c) {
            return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-';
        }
    }
}
