package org.hoshin.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML into {@link YamlNode}s that carry line and column, and turns YAML syntax errors into editor messages.
 * Jackson's streaming parser gives token positions; Jackson's tree model would lose them.
 */
public final class YamlReader {

    /** A key indented under a plain value, which the parser reads as a colon inside that value. */
    private static final java.util.regex.Pattern INDENTED_KEY = java.util.regex.Pattern.compile(" +[A-Za-z][\\w-]*:");

    private final YAMLFactory factory = new YAMLFactory();

    /**
     * Parses one YAML document.
     *
     * @param file       the file, for messages
     * @param text       the YAML text
     * @param lineOffset lines before the text in its file (front matter starts after its {@code ---} line)
     */
    public YamlNode read(Path file, String text, int lineOffset) throws ContentException {
        List<ContentError> slips = YamlSlips.find(file, text, lineOffset);
        if (!slips.isEmpty()) {
            throw new ContentException(slips);
        }
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.MapNode(Map.of(), Map.of(), new Location(file, lineOffset + 1, 1));
            }
            YamlNode root = readValue(parser, file, lineOffset);
            if (parser.nextToken() != null) {
                throw new ContentException(ContentError.of(location(file, parser.currentTokenLocation(), lineOffset),
                        "yaml.secondDocument"));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ContentException(syntaxError(file, text, e, lineOffset));
        } catch (IOException e) {
            throw new ContentException(ContentError.of(Location.of(file), "yaml.unreadable", e.getMessage()));
        }
    }

    private YamlNode readValue(JsonParser parser, Path file, int lineOffset) throws IOException, ContentException {
        Location here = location(file, parser.currentTokenLocation(), lineOffset);
        rejectAnchorOrAlias(parser, here);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return readMap(parser, file, lineOffset, here);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(readValue(parser, file, lineOffset));
            }
            return new YamlNode.ListNode(items, here);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new YamlNode.ScalarNode(null, here);
        }
        return new YamlNode.ScalarNode(parser.getText(), here);
    }

    private YamlNode readMap(JsonParser parser, Path file, int lineOffset, Location here)
            throws IOException, ContentException {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Location> keys = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            Location keyLocation = location(file, parser.currentTokenLocation(), lineOffset);
            rejectAnchorOrAlias(parser, keyLocation);
            if (keys.containsKey(key)) {
                throw new ContentException(ContentError.of(keyLocation, "yaml.duplicateKey", key,
                        keys.get(key).line()));
            }
            parser.nextToken();
            keys.put(key, keyLocation);
            entries.put(key, readValue(parser, file, lineOffset));
        }
        return new YamlNode.MapNode(entries, keys, here);
    }

    /**
     * Anchors ({@code &a}) and aliases ({@code *a}) let one place of a file silently repeat or replace another, and
     * Jackson's streaming parser does not expand aliases (it would hand over the alias name as text), so they are
     * rejected where they are written.
     */
    private static void rejectAnchorOrAlias(JsonParser parser, Location at) throws IOException, ContentException {
        if (parser instanceof YAMLParser yaml && (yaml.isCurrentAlias() || yaml.getCurrentAnchor() != null)) {
            String written = yaml.isCurrentAlias() ? "*" + yaml.getText() : "&" + yaml.getCurrentAnchor();
            throw new ContentException(ContentError.of(at, "yaml.anchor", written));
        }
    }

    private static Location location(Path file, JsonLocation at, int lineOffset) {
        return new Location(file, at.getLineNr() + lineOffset, Math.max(at.getColumnNr(), 1));
    }

    /**
     * A YAML syntax error in the editor's words: the parser's own message names YAML grammar ("while scanning a
     * simple key"), so it only picks which of a few editor-level messages applies, at the line it points to.
     */
    private static ContentError syntaxError(Path file, String text, JsonProcessingException e, int lineOffset) {
        JsonLocation at = e.getLocation();
        Location where = at == null ? Location.of(file) : location(file, at, lineOffset);
        String problem = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (problem.contains("mapping values are not allowed")) {
            boolean indentedKey = at != null && text.lines().skip(Math.max(at.getLineNr() - 1, 0)).findFirst()
                    .filter(line -> INDENTED_KEY.matcher(line).lookingAt()).isPresent();
            return indentedKey ? ContentError.of(where.atLine(where.line()), "yaml.indentation")
                    : ContentError.of(where, "yaml.colonInValue");
        }
        if (problem.contains("flow sequence") || problem.contains("flow mapping")) {
            return ContentError.of(where, "yaml.bracket");
        }
        if (problem.contains("quoted scalar")) {
            return ContentError.of(where, "yaml.unclosedQuote");
        }
        if (problem.contains("cannot start any token")) {
            return ContentError.of(where, "yaml.reservedCharacter");
        }
        if (problem.contains("could not find expected ':'")) {
            return ContentError.of(where.line() > 1 + lineOffset ? where.atLine(where.line() - 1) : where,
                    "yaml.noColon");
        }
        return ContentError.of(where, "yaml.indentation");
    }
}
