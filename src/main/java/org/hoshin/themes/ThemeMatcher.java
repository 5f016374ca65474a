package org.hoshin.themes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hoshin.content.Caption;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Pillar;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Theme;
import org.hoshin.content.ThemeTag;
import org.hoshin.content.Themes;
import org.hoshin.content.Ward;
import org.hoshin.render.PlainText;

/**
 * Puts initiatives into themes, and finds the pillars whose titles name a theme. Keywords and texts go through the same analysis as the search index, and a keyword
 * matches where its terms stand together in a field's terms: 防災 matches 地域防災拠点 (地域・防災・拠点) but not 防犯,
 * and 地域包括ケア matches 地域包括ケアシステム. Points depend on the field (see {@link Themes.Scoring}); the
 * editor's {@code themes:} list then adds or removes themes whatever the words say. A pillar's title and summary
 * count for the initiatives under it, up to one point short of the threshold (see {@link Themes.Scoring}).
 */
public final class ThemeMatcher {

    private final Themes themes;
    private final Function<String, List<String>> analyzer;
    private final PlainText plain = new PlainText();
    private final Map<String, List<String>> keywordTerms = new HashMap<>();

    /**
     * @param themes   the themes list
     * @param analyzer the search analysis: text to its terms, in order
     */
    public ThemeMatcher(Themes themes, Function<String, List<String>> analyzer) {
        this.themes = themes;
        this.analyzer = analyzer;
    }

    /**
     * One ward's initiatives with their themes, its pillars whose titles name a theme, and the unknown theme ids its
     * {@code themes:} lists name. It depends on the ward, the themes list and the analysis alone, so the preview keeps
     * it for a ward whose files did not change.
     */
    public record WardThemes(List<ThemedInitiative> items, List<ThemedPillar> pillars, List<ContentError> errors) {
    }

    /** Scores every initiative of every edition; an unknown theme id in a {@code themes:} list is an error. */
    public ThemeAssignments assign(SiteContent content) throws ContentException {
        List<WardThemes> wards = new ArrayList<>();
        for (Ward ward : content.wards()) {
            wards.add(assign(ward));
        }
        return assignments(wards);
    }

    /**
     * Every ward's themes ({@link #assign(Ward)}, in ward order) as one set of assignments; a keyword the analysis
     * cuts into nothing and an unknown theme id are errors.
     */
    public ThemeAssignments assignments(List<WardThemes> wards) throws ContentException {
        List<ContentError> errors = new ArrayList<>();
        for (Theme theme : themes.themes()) {
            for (String keyword : theme.keywords()) {
                if (terms(keyword).isEmpty()) {
                    errors.add(ContentError.of(theme.origin(), "theme.unsearchableKeyword", keyword, theme.id()));
                }
            }
        }
        List<ThemedInitiative> items = new ArrayList<>();
        List<ThemedPillar> pillars = new ArrayList<>();
        for (WardThemes ward : wards) {
            errors.addAll(ward.errors());
            items.addAll(ward.items());
            pillars.addAll(ward.pillars());
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return new ThemeAssignments(themes, items, pillars);
    }

    /** Scores every initiative of every edition of one ward. */
    public WardThemes assign(Ward ward) {
        List<ContentError> errors = new ArrayList<>();
        List<ThemedInitiative> items = new ArrayList<>();
        List<ThemedPillar> pillars = new ArrayList<>();
        for (Edition edition : ward.editions()) {
            int number = 0;
            for (Pillar pillar : edition.japanese().pillars()) {
                number++;
                Map<KeywordHit.Field, List<String>> context = pillarFields(pillar);
                List<Theme> named = named(context.get(KeywordHit.Field.PILLAR_TITLE));
                if (!named.isEmpty()) {
                    pillars.add(new ThemedPillar(ward, edition, number, pillar, named));
                }
                Map<Theme, List<KeywordHit>> pillarHits = new HashMap<>(); // the same for each initiative
                for (Initiative initiative : pillar.initiatives()) {
                    checkTags(initiative, errors);
                    items.add(new ThemedInitiative(ward, edition, number, pillar, initiative,
                            score(initiative, context, pillarHits)));
                }
            }
        }
        return new WardThemes(List.copyOf(items), List.copyOf(pillars), List.copyOf(errors));
    }

    /** The pillar's words, which count for every initiative under it. */
    private Map<KeywordHit.Field, List<String>> pillarFields(Pillar pillar) {
        Map<KeywordHit.Field, List<String>> fields = new EnumMap<>(KeywordHit.Field.class);
        fields.put(KeywordHit.Field.PILLAR_TITLE, analyzer.apply(pillar.title()));
        fields.put(KeywordHit.Field.PILLAR_TEXT, analyzer.apply(plain.of(pillar.summary())));
        return fields;
    }

    /** The themes a keyword of which stands in {@code title}'s terms. */
    private List<Theme> named(List<String> title) {
        return themes.themes().stream()
                .filter(t -> t.keywords().stream().anyMatch(k -> occurrences(title, terms(k)) > 0)).toList();
    }

    private void checkTags(Initiative initiative, List<ContentError> errors) {
        for (ThemeTag tag : initiative.themes()) {
            if (themes.find(tag.themeId()).isEmpty()) {
                errors.add(ContentError.of(tag.location(), "theme.unknown", tag.written(),
                        String.join(", ", themes.themes().stream().map(Theme::id).toList())));
            }
        }
    }

    /**
     * Scores one initiative against every theme: its own words, then its pillar's, whose points are given out in
     * the themes list's keyword order until they reach {@link Themes.Scoring#pillarLimit}. A theme none of whose
     * words the initiative itself has is left out (the pillar's words alone could never reach the threshold).
     */
    private List<ThemeScore> score(Initiative initiative, Map<KeywordHit.Field, List<String>> pillar,
                                   Map<Theme, List<KeywordHit>> pillarHits) {
        Map<KeywordHit.Field, List<String>> fields = new EnumMap<>(KeywordHit.Field.class);
        fields.put(KeywordHit.Field.TITLE, analyzer.apply(initiative.title()));
        fields.put(KeywordHit.Field.PROGRAM, analyzer.apply(initiative.program()));
        fields.put(KeywordHit.Field.CAPTIONS, analyzer.apply(String.join("\n",
                initiative.captions().stream().map(Caption::text).toList())));
        fields.put(KeywordHit.Field.TEXT, analyzer.apply(plain.of(initiative.body())));
        List<ThemeScore> scores = new ArrayList<>();
        for (Theme theme : themes.themes()) {
            List<KeywordHit> hits = hits(theme, fields, Integer.MAX_VALUE);
            List<KeywordHit> context = hits.isEmpty() ? List.of() : pillarHits.computeIfAbsent(theme,
                    t -> hits(t, pillar, themes.scoring().pillarLimit()));
            int points = hits.stream().mapToInt(KeywordHit::points).sum()
                    + context.stream().mapToInt(KeywordHit::points).sum();
            ThemeScore.Decision decision = decide(initiative, theme, points);
            if (!hits.isEmpty() || decision == ThemeScore.Decision.ADDED || decision == ThemeScore.Decision.REMOVED) {
                List<KeywordHit> all = new ArrayList<>(hits);
                all.addAll(context);
                scores.add(new ThemeScore(theme, all, points, decision));
            }
        }
        return scores;
    }

    /** The theme's keywords found in {@code fields}, earning {@code limit} points in all at most. */
    private List<KeywordHit> hits(Theme theme, Map<KeywordHit.Field, List<String>> fields, int limit) {
        List<KeywordHit> hits = new ArrayList<>();
        int left = limit;
        for (String keyword : theme.keywords()) {
            for (var field : fields.entrySet()) {
                int count = occurrences(field.getValue(), terms(keyword));
                if (count > 0 && left > 0) {
                    int points = Math.min(left, points(field.getKey(), count));
                    left -= points;
                    hits.add(new KeywordHit(keyword, field.getKey(), count, points));
                }
            }
        }
        return hits;
    }

    private ThemeScore.Decision decide(Initiative initiative, Theme theme, int points) {
        for (ThemeTag tag : initiative.themes()) {
            if (tag.themeId().equals(theme.id())) {
                return tag.remove() ? ThemeScore.Decision.REMOVED : ThemeScore.Decision.ADDED;
            }
        }
        return points >= themes.scoring().threshold() ? ThemeScore.Decision.KEYWORDS
                : ThemeScore.Decision.BELOW_THRESHOLD;
    }

    private int points(KeywordHit.Field field, int count) {
        Themes.Scoring s = themes.scoring();
        return switch (field) {
            case TITLE -> s.title();
            case PROGRAM -> s.program();
            case CAPTIONS -> s.captions();
            case TEXT -> Math.min(count, s.textLimit()) * s.text();
            case PILLAR_TITLE -> s.pillarTitle();
            case PILLAR_TEXT -> Math.min(count, s.textLimit()) * s.pillarText();
        };
    }

    private List<String> terms(String keyword) {
        return keywordTerms.computeIfAbsent(keyword, analyzer);
    }

    /** How often {@code keyword}'s terms stand together, in order, in {@code text}'s terms. */
    static int occurrences(List<String> text, List<String> keyword) {
        if (keyword.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int i = Collections.indexOfSubList(text, keyword); i >= 0; ) {
            count++;
            int next = Collections.indexOfSubList(text.subList(i + 1, text.size()), keyword);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return count;
    }
}
