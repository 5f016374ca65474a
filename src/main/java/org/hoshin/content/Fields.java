package org.hoshin.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the keys of one YAML mapping against a schema, collecting every mistake as a {@link ContentError}
 * instead of stopping at the first, and suggesting the key an editor probably meant.
 */
final class Fields {

    private final YamlNode.MapNode map;
    private final List<ContentError> errors;
    /** Allowed keys an unknown key was probably meant as; their absence is a consequence, not a second error. */
    private final Set<String> misspelt;

    private Fields(YamlNode.MapNode map, List<ContentError> errors, Set<String> misspelt) {
        this.map = map;
        this.errors = errors;
        this.misspelt = misspelt;
    }

    /**
     * Wraps {@code node}, reporting keys outside {@code allowed}; a node that is not a mapping is reported too.
     * {@code what} names the mapping for callers' readability; messages point at the file and line instead.
     */
    static Fields of(YamlNode node, Set<String> allowed, String what, List<ContentError> errors) {
        if (!(node instanceof YamlNode.MapNode map)) {
            errors.add(ContentError.of(node.location(), "field.notMapping", node.kind()));
            return new Fields(new YamlNode.MapNode(java.util.Map.of(), java.util.Map.of(), node.location()), errors,
                    Set.of());
        }
        Set<String> misspelt = new java.util.HashSet<>();
        for (var key : map.keyLocations().entrySet()) {
            if (!allowed.contains(key.getKey())) {
                Optional<String> meant = closest(key.getKey(), allowed);
                meant.ifPresent(misspelt::add);
                errors.add(new ContentError(key.getValue(), Message.of("field.unknown", key.getKey()),
                        meant.map(m -> Message.of("field.didYouMean", m))
                                .orElseGet(() -> Message.of("field.allowed", String.join(", ", new TreeSet<>(allowed))))));
            }
        }
        return new Fields(map, errors, misspelt);
    }

    Location location() {
        return map.location();
    }

    /** Whether the mapping has {@code key}. */
    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    /** A required, non-empty single value. */
    String required(String key) {
        YamlNode node = map.entries().get(key);
        if (node == null) {
            missing(key);
            return "";
        }
        String text = scalar(key, node);
        if (text.isBlank()) {
            errors.add(ContentError.of(node.location(), "field.empty", key));
        }
        return text;
    }

    /** An optional single value; empty when absent. */
    String optional(String key) {
        YamlNode node = map.entries().get(key);
        return node == null ? "" : scalar(key, node);
    }

    /** An optional list of single values. */
    List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        for (YamlNode item : items(key)) {
            result.add(scalar(key, item));
        }
        return result;
    }

    /** An optional list of mappings. */
    List<YamlNode> items(String key) {
        YamlNode node = map.entries().get(key);
        if (node == null || node instanceof YamlNode.ScalarNode s && s.text() == null) {
            return List.of();
        }
        if (node instanceof YamlNode.ListNode list) {
            return list.items();
        }
        errors.add(ContentError.of(node.location(), "field.notList", key, node.kind()));
        return List.of();
    }

    /** A nested mapping, required. */
    Fields nested(String key, Set<String> allowed) {
        YamlNode node = map.entries().get(key);
        if (node == null) {
            missing(key);
            return of(new YamlNode.MapNode(java.util.Map.of(), java.util.Map.of(), map.location()),
                    allowed, key, errors);
        }
        return of(node, allowed, "'" + key + "'", errors);
    }

    Location locationOf(String key) {
        Location at = map.keyLocations().get(key);
        return at == null ? map.location() : at;
    }

    private String scalar(String key, YamlNode node) {
        if (node instanceof YamlNode.ScalarNode s) {
            String text = s.text() == null ? "" : s.text().strip();
            PlainTextCheck.check(text, key, node.location(), errors);
            return text;
        }
        errors.add(ContentError.of(node.location(), "field.notSingle", key, node.kind()));
        return "";
    }

    /** Reports a missing required key, unless a misspelling of it was already reported. */
    private void missing(String key) {
        if (!misspelt.contains(key)) {
            errors.add(ContentError.of(map.location(), "field.missing", key));
        }
    }

    /** The allowed key {@code wrong} is probably a misspelling of, if one is close enough. */
    static Optional<String> closest(String wrong, Set<String> allowed) {
        List<String> sorted = new ArrayList<>(allowed);
        Collections.sort(sorted);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : sorted) {
            int d = editDistance(wrong.toLowerCase(), candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, wrong.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
