package org.hoshin.themes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.hoshin.content.ContentException;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.hoshin.content.SiteContent;
import org.hoshin.content.TextFiles;
import org.hoshin.content.Themes;
import org.hoshin.content.ThemesReader;
import org.hoshin.search.JapaneseAnalysis;
import org.hoshin.search.Term;
import org.hoshin.search.UserDictionaries;

/**
 * Reads the themes list and the search user dictionary from the content folder and assigns themes, the same way
 * for the build and for {@code hoshin themes}.
 */
public final class ThemeLoader {

    private ThemeLoader() {
    }

    public static ThemeAssignments load(SiteContent content, Path contentDir, UnaryOperator<Path> display)
            throws ContentException {
        Themes themes = new ThemesReader(display).read(contentDir);
        Path dictionaryFile = contentDir.resolve(UserDictionaries.FILE);
        String dictionaryText = Files.isRegularFile(dictionaryFile)
                ? TextFiles.readUtf8(dictionaryFile, display.apply(dictionaryFile)) : "";
        UserDictionary dictionary = UserDictionaries.load(contentDir, display.apply(dictionaryFile));
        return new ThemeMatcher(themes, TermCache.forDictionary(dictionaryText, () -> {
            JapaneseAnalysis analysis = new JapaneseAnalysis(dictionary);
            return text -> analysis.analyze(text).stream().map(Term::term).toList();
        })).assign(content);
    }
}
