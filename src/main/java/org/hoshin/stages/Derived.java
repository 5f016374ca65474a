package org.hoshin.stages;

import java.util.List;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.Parallel;
import org.hoshin.search.EnglishAnalysis;
import org.hoshin.search.JapaneseAnalysis;
import org.hoshin.themes.ThemeAssignments;

/**
 * What the build works out from the project before it renders pages ({@link Deriver}): warnings for the editors,
 * the analyses that cut text into search terms, and each initiative's themes.
 *
 * @param warnings problems that do not stop the build (stale translations, glossary, review marks)
 * @param japanese the Japanese analysis with the content's user dictionary, shared by the search index and the
 *                 themes so both segment words alike (safe between threads)
 * @param english  the English analysis of the search index (for one thread at a time)
 * @param themes   every initiative with its themes, being matched on the build's threads beside the first pages
 */
public record Derived(List<ContentError> warnings, JapaneseAnalysis japanese, EnglishAnalysis english,
               Parallel.Later<ThemeAssignments> themes) {

    /** The themes, once matched; a mistake found while matching is thrown to the first page that needs them. */
    public ThemeAssignments themeAssignments() throws ContentException {
        return themes.get();
    }
}
