package org.hoshin.content;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Front-matter values (titles, program names, captions, the goal, table cells) are plain text: the page shows them
 * escaped, so a {@code <br>} written there appeared literally on the page. HTML in them is rejected at the value's
 * line, like HTML in the Markdown body.
 */
final class PlainTextCheck {

    /** A tag or comment as a browser would start one: '<' then a letter, '/' or '!'. */
    private static final Pattern HTML = Pattern.compile("<\\s*/?\\s*[a-zA-Z][^>]*>|<!--");

    private PlainTextCheck() {
    }

    /** Adds an error to {@code errors} when {@code value} of {@code key} holds HTML. */
    static void check(String value, String key, Location at, List<ContentError> errors) {
        if (value.indexOf('<') < 0 || !HTML.matcher(value).find()) {
            return;
        }
        Message what = Message.of("plain.html", MarkdownInspector.describeHtml(value), key);
        Message how = new Message(MarkdownInspector.isLineBreak(value) ? "plain.lineBreak.hint" : "plain.tag.hint",
                what.args());
        errors.add(new ContentError(at, what, how));
    }
}
