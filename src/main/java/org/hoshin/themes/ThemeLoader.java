package org.hoshin.themes;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.hoshin.content.ContentException;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Themes;
import org.hoshin.content.ThemesReader;
import org.hoshin.search.JapaneseAnalysis;
import org.hoshin.search.Term;
import org.hoshin.search.UserDictionaries;

/**
 * Reads the themes list from the content folder and assigns themes with the search index's Japanese analysis, the
 * same way for the build and for {@code hoshin themes}.
 */
public final class ThemeLoader {

    private ThemeLoader() {
    }

    /**
     * Assigns themes with an analysis of its own, built from the content's user dictionary: for {@code hoshin
     * themes}, which builds no search index to share one with.
     */
    public static ThemeAssignments load(SiteContent content, Path contentDir, UnaryOperator<Path> display)
            throws ContentException {
        Path shown = display.apply(contentDir.resolve(UserDictionaries.FILE));
        return load(content, contentDir, display, new JapaneseAnalysis(UserDictionaries.load(contentDir, shown)));
    }

    /**
     * Assigns themes with {@code analysis}, the one the build's search index uses, so the user dictionary is read
     * (through {@link org.hoshin.content.SafeFiles}, by {@link UserDictionaries}) and parsed once per build.
     */
    public static ThemeAssignments load(SiteContent content, Path contentDir, UnaryOperator<Path> display,
                                        JapaneseAnalysis analysis) throws ContentException {
        return assign(new ThemesReader(display).read(contentDir), content, analysis);
    }

    /** Assigns the themes read already to the content's initiatives, cutting words with {@code analysis}. */
    public static ThemeAssignments assign(Themes themes, SiteContent content, JapaneseAnalysis analysis)
            throws ContentException {
        return matcher(themes, analysis).assign(content);
    }

    /** A matcher of the themes read already, cutting words with {@code analysis} (for one thread at a time). */
    public static ThemeMatcher matcher(Themes themes, JapaneseAnalysis analysis) {
        // the analysis remembers what it analysed: a text that comes back (a keyword, an unchanged sentence) is cut once
        return new ThemeMatcher(themes, text -> analysis.analyze(text).stream().map(Term::term).toList());
    }
}
