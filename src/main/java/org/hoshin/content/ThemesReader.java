package org.hoshin.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads {@code content/themes.yaml}, reporting every mistake at its line. A missing file means no themes: the
 * theme pages then say there are none, and nothing else changes.
 */
public final class ThemesReader {

    public static final String FILE = "themes.yaml";

    /** A theme id names its page's folder: at most 64 characters, so it never meets a file system's name limit. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** Most points a field or the threshold may be worth: sums of them can never overflow. */
    private static final int MAX_POINTS = 1000;
    private static final Set<String> ROOT_KEYS = Set.of("scoring", "themes");
    private static final Set<String> SCORING_KEYS = Set.of("title", "program", "captions", "text", "text-limit",
            "threshold", "pillar-title", "pillar-text");
    private static final Set<String> THEME_KEYS = Set.of("id", "ja", "en", "description-ja", "description-en",
            "keywords");

    private final UnaryOperator<Path> display;
    private final List<ContentError> errors = new ArrayList<>();

    public ThemesReader(UnaryOperator<Path> display) {
        this.display = display;
    }

    public Themes read(Path contentDir) throws ContentException {
        Path file = contentDir.resolve(FILE);
        Path shown = display.apply(file);
        if (!Files.isRegularFile(file)) {
            return new Themes(List.of(), Themes.Scoring.DEFAULT, Location.of(shown));
        }
        Fields root = Fields.of(new YamlReader().read(shown, TextFiles.readUtf8(file, shown), 0), ROOT_KEYS,
                "the themes list", errors);
        Themes.Scoring scoring = root.has("scoring") ? scoring(root.nested("scoring", SCORING_KEYS))
                : Themes.Scoring.DEFAULT;
        List<Theme> themes = new ArrayList<>();
        Map<String, Location> ids = new HashMap<>();
        for (YamlNode node : root.items("themes")) {
            Fields f = Fields.of(node, THEME_KEYS, "a theme", errors);
            String id = f.required("id");
            Location at = f.locationOf("id");
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                errors.add(ContentError.of(at, "theme.invalidId", id));
            } else if (ids.containsKey(id)) {
                errors.add(ContentError.of(at, "theme.duplicateId", id, ids.get(id)));
            }
            ids.putIfAbsent(id, at);
            List<String> keywords = f.strings("keywords").stream().filter(k -> !k.isBlank()).toList();
            if (keywords.isEmpty()) {
                errors.add(ContentError.of(f.locationOf("keywords"), "theme.noKeywords", id));
            }
            themes.add(new Theme(id, f.required("ja"), f.required("en"), f.required("description-ja"),
                    f.required("description-en"), keywords, node.location()));
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return new Themes(themes, scoring, Location.of(shown));
    }

    private Themes.Scoring scoring(Fields f) {
        Themes.Scoring d = Themes.Scoring.DEFAULT;
        return new Themes.Scoring(number(f, "title", d.title()), number(f, "program", d.program()),
                number(f, "captions", d.captions()), number(f, "text", d.text()),
                number(f, "text-limit", d.textLimit()), number(f, "threshold", d.threshold()),
                number(f, "pillar-title", d.pillarTitle()), number(f, "pillar-text", d.pillarText()));
    }

    private int number(Fields f, String key, int fallback) {
        String text = f.optional(key);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 0 && value <= MAX_POINTS) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(ContentError.of(f.locationOf(key), "theme.points", key, text, fallback));
        return fallback;
    }
}
