package org.hoshin.content;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A Markdown file split into its YAML front matter and its body, keeping line numbers for both.
 *
 * @param fields    the front matter (an empty mapping when the file has none)
 * @param body      the Markdown after the front matter
 * @param bodyStart the file line on which the body starts
 */
public record FrontMatter(YamlNode fields, String body, int bodyStart) {

    private static final String FENCE = "---";
    /** A first line that reads like a front-matter key ({@code id: p1-1}, {@code title：…}). */
    private static final Pattern KEY_LINE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*[ \u3000]*[:：]");

    /**
     * Splits a Markdown file's text; front matter is the block between a first line {@code ---} and the next.
     * A file that starts with a key and has a {@code ---} line further down has lost its opening line: saying
     * so beats reporting every key of the front matter as missing.
     */
    public static FrontMatter parse(Path file, String text, YamlReader yaml) throws ContentException {
        if (!text.startsWith(FENCE + "\n") && !text.equals(FENCE)) {
            if (KEY_LINE.matcher(text).lookingAt() && text.lines().skip(1).anyMatch(l -> l.stripTrailing().equals(FENCE))) {
                throw new ContentException(ContentError.of(new Location(file, 1, 1), "front.missingOpening"));
            }
            return new FrontMatter(yaml.read(file, "", 0), text, 1);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].stripTrailing().equals(FENCE)) {
                String yamlText = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return new FrontMatter(yaml.read(file, yamlText, 1), body, i + 2);
            }
        }
        throw new ContentException(ContentError.of(new Location(file, 1, 1), "front.missingClosing"));
    }
}
