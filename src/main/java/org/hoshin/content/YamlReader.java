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

    private final YAMLFactory factory = new YAMLFactory();

    /**
     * Parses one YAML document.
     *
     * @param file       the file, for messages
     * @param text       the YAML text
     * @param lineOffset lines before the text in its file (front matter starts after its {@code ---} line)
     */
    public YamlNode read(Path file, String text, int lineOffset) throws ContentException {
        rejectTabIndentation(file, text, lineOffset);
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.MapNode(Map.of(), Map.of(), new Location(file, lineOffset + 1, 1));
            }
            YamlNode root = readValue(parser, file, lineOffset);
            if (parser.nextToken() != null) {
                throw new ContentException(new ContentError(location(file, parser.currentTokenLocation(), lineOffset),
                        "a second YAML document starts here ('---' or '...' inside the YAML)",
                        "a file holds one YAML document; remove the '---' or '...' line, or quote the text"));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ContentException(syntaxError(file, e, lineOffset));
        } catch (IOException e) {
            throw new ContentException(new ContentError(Location.of(file), "cannot read YAML: " + e.getMessage()));
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
                throw new ContentException(new ContentError(keyLocation,
                        "key '" + key + "' appears twice (first at line " + keys.get(key).line() + ")",
                        "keep one of them"));
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
            String what = yaml.isCurrentAlias() ? "alias '*" + yaml.getText() + "'"
                    : "anchor '&" + yaml.getCurrentAnchor() + "'";
            throw new ContentException(new ContentError(at, "YAML " + what + " is not allowed",
                    "write the value out in full; put text starting with & or * in quotes"));
        }
    }

    private static Location location(Path file, JsonLocation at, int lineOffset) {
        return new Location(file, at.getLineNr() + lineOffset, Math.max(at.getColumnNr(), 1));
    }

    private static void rejectTabIndentation(Path file, String text, int lineOffset) throws ContentException {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int tab = lines[i].indexOf('\t');
            if (tab >= 0 && lines[i].substring(0, tab).isBlank()) {
                throw new ContentException(new ContentError(new Location(file, i + 1 + lineOffset, tab + 1),
                        "a tab is used for indentation", "YAML indents with spaces only; replace the tab with spaces"));
            }
        }
    }

    private static ContentError syntaxError(Path file, JsonProcessingException e, int lineOffset) {
        JsonLocation at = e.getLocation();
        Location where = at == null ? Location.of(file) : location(file, at, lineOffset);
        String detail = e.getOriginalMessage() == null ? "invalid YAML" : e.getOriginalMessage();
        String firstLine = detail.lines().filter(l -> !l.isBlank()).findFirst().orElse(detail).trim();
        String hint = "check the indentation: keys of one mapping start in the same column, and put text "
                + "containing ': ' or starting with a special character in quotes";
        return new ContentError(where, "invalid YAML: " + firstLine, hint);
    }
}
