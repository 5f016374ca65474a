package org.hoshin.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the slips editors commonly make in YAML before the parser sees them, so each is named at its own line
 * in the editor's words instead of surfacing as a parser error somewhere nearby: a tab or a full-width space
 * (U+3000, what a Japanese input method types) used for indentation, a full-width colon {@code ：} after a key,
 * a full-width space after the colon, and an unquoted value that itself contains {@code ": "}. Lines inside a
 * block text ({@code key: |}) are the editor's prose and are not inspected.
 */
final class YamlSlips {

    private static final char FULL_WIDTH_SPACE = '\u3000';
    private static final String KEY = "(?:- +)?[A-Za-z][A-Za-z0-9_-]*";
    private static final Pattern FULL_WIDTH_COLON = Pattern.compile("^[ \u3000]*" + KEY + "[ \u3000]*(：)");
    private static final Pattern SPACE_AFTER_COLON = Pattern.compile("^ *" + KEY + ":(\u3000)");
    private static final Pattern COLON_IN_VALUE =
            Pattern.compile("^ *" + KEY + ": +(?![\"'\\[{|>])(?:(?! #).)*?(: )");
    private static final Pattern BLOCK_TEXT = Pattern.compile("^( *)" + KEY + ": *[|>][-+0-9]*\\s*$");

    private YamlSlips() {
    }

    /**
     * Every slip in {@code text}.
     *
     * @param lineOffset lines before the text in its file, so locations are file lines
     */
    static List<ContentError> find(Path file, String text, int lineOffset) {
        List<ContentError> slips = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int blockIndent = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int indent = indentation(line);
            String lead = line.substring(0, indent);
            int fileLine = i + 1 + lineOffset;
            if (lead.indexOf('\t') >= 0) {
                slips.add(ContentError.of(new Location(file, fileLine, lead.indexOf('\t') + 1), "yaml.tab"));
                continue;
            }
            if (blockIndent >= 0 && (line.isBlank() || indent > blockIndent)) {
                continue;
            }
            blockIndent = -1;
            if (lead.indexOf(FULL_WIDTH_SPACE) >= 0 && indent < line.length()) {
                slips.add(ContentError.of(new Location(file, fileLine, lead.indexOf(FULL_WIDTH_SPACE) + 1),
                        "yaml.fullWidthIndent"));
                continue;
            }
            Matcher m = FULL_WIDTH_COLON.matcher(line);
            if (m.find()) {
                slips.add(ContentError.of(new Location(file, fileLine, m.start(1) + 1), "yaml.fullWidthColon"));
                continue;
            }
            m = SPACE_AFTER_COLON.matcher(line);
            if (m.find()) {
                slips.add(ContentError.of(new Location(file, fileLine, m.start(1) + 1), "yaml.fullWidthSpace"));
                continue;
            }
            m = COLON_IN_VALUE.matcher(line);
            if (m.find()) {
                slips.add(ContentError.of(new Location(file, fileLine, m.start(1) + 1), "yaml.colonInValue"));
                continue;
            }
            if (BLOCK_TEXT.matcher(line).matches()) {
                blockIndent = indent;
            }
        }
        return slips;
    }

    /** Leading spaces, tabs and full-width spaces. */
    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && " \t\u3000".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
