package org.hoshin.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value that remembers where it was written, so schema errors can name the editor's line.
 */
public sealed interface YamlNode {

    Location location();

    /** What kind of value this is, in words an editor understands. */
    String kind();

    /** A mapping; keys keep their order and their own locations. */
    record MapNode(Map<String, YamlNode> entries, Map<String, Location> keyLocations, Location location)
            implements YamlNode {
        public MapNode {
            entries = new LinkedHashMap<>(entries);
            keyLocations = new LinkedHashMap<>(keyLocations);
        }

        @Override
        public String kind() {
            return Message.of("kind.mapping").text();
        }
    }

    /** A sequence. */
    record ListNode(List<YamlNode> items, Location location) implements YamlNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return Message.of("kind.list").text();
        }
    }

    /** A scalar, kept as the text written; {@code null} for an empty value. */
    record ScalarNode(String text, Location location) implements YamlNode {
        @Override
        public String kind() {
            return Message.of(text == null ? "kind.empty" : "kind.single").text();
        }
    }
}
