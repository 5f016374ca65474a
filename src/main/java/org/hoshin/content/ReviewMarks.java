package org.hoshin.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mark import leaves in a text where it was unsure where something belongs: a Markdown comment line
 * {@code <!-- 要確認: … -->}, which the site never shows. Build and check warn at each one (file and line) until an
 * editor, having compared the place with the city's document, deletes the line. It is the one HTML comment content
 * may hold. Deleting it changes no word of the page, so the fingerprint a translation records
 * ({@link SourceHash}) is taken without it.
 */
public final class ReviewMarks {

    /** The word that starts every mark; editors search their files for it. */
    public static final String WORD = "要確認";
    private static final Pattern MARK = Pattern.compile("<!--[ \\t]*" + WORD + "[:：]([^\\n]*?)-->");
    private static final Pattern MARK_LINE = Pattern.compile("(?m)^[ \\t]*<!--[ \\t]*" + WORD + "[:：][^\\n]*?-->[ \\t]*(\\n|$)");

    private ReviewMarks() {
    }

    /** The mark for {@code note} (what import guessed), as a line of its own. */
    public static String mark(String note) {
        String safe = note.replace("--", "－－").replace(">", "＞").replace("\n", " ").strip();
        return "<!-- " + WORD + ": " + safe + " -->";
    }

    /** True when a piece of HTML in Markdown is a review mark and nothing else. */
    public static boolean isMark(String html) {
        return MARK.matcher(html.strip()).matches();
    }

    /** The text without its mark lines: what the page shows and a translation translates. */
    public static String withoutMarkLines(String text) {
        return text.contains(WORD) ? MARK_LINE.matcher(text).replaceAll("") : text;
    }

    /** One warning for each mark left in the texts of {@code edition}, at its line. */
    public static List<ContentError> check(Edition edition) {
        List<ContentError> warnings = new ArrayList<>();
        for (Policy policy : List.of(edition.japanese(), edition.english())) {
            for (Markdown text : PolicyTexts.of(policy)) {
                if (text.source().contains(WORD)) {
                    warnings.addAll(check(text));
                }
            }
        }
        return warnings;
    }

    static List<ContentError> check(Markdown text) {
        List<ContentError> warnings = new ArrayList<>();
        LineIndex lines = LineIndex.of(text.source());
        Matcher m = MARK_LINE.matcher(text.source());
        while (m.find()) {
            Matcher note = MARK.matcher(m.group());
            String said = note.find() ? note.group(1).strip() : "";
            warnings.add(ContentError.of(text.origin().atLine(text.origin().line() + lines.line(m.start())),
                    "review.mark", said));
        }
        return warnings;
    }
}
