package org.hoshin.seed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Cleans a seed's raw text before it is read line by line, keeping every line where it was so that warnings can
 * name seed line numbers: Windows line ends, a byte-order mark, no-break spaces, and what a saved web page leaves
 * behind (tags, comments, script and style blocks, entities such as {@code &nbsp;}). Markup is never content:
 * build rejects raw HTML, so tags are removed here and a stray {@code <} is escaped later by {@link MarkdownBuffer}.
 */
final class SeedText {

    private static final Pattern HIDDEN_BLOCK = Pattern.compile(
            "<(script|style|head|template)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9:-]*(?:\\s[^<>]*)?/?>|<![A-Za-z][^<>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");

    private SeedText() {
    }

    /** The seed's text with markup removed; it has exactly as many lines as the input. */
    static String clean(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = blankKeepingLines(HIDDEN_BLOCK.matcher(text));
        text = TAG.matcher(text).replaceAll("");
        if (ENTITY.matcher(text).find()) {
            text = Parser.unescapeEntities(text, false);
        }
        return text.replace('\u00A0', ' ').replace("\u200B", "");
    }

    /** Replaces each match by the line breaks it contained, so later lines keep their numbers. */
    private static String blankKeepingLines(Matcher m) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String breaks = m.group().replaceAll("[^\n]", "");
            m.appendReplacement(out, breaks);
        }
        m.appendTail(out);
        return out.toString();
    }
}
