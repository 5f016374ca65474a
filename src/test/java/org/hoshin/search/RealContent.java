package org.hoshin.search;

import java.nio.file.Path;
import java.util.List;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Lang;
import org.hoshin.render.Messages;

/** The search documents of the real content, as the build makes them, for tests and the scaled corpus. */
final class RealContent {

    private RealContent() {
    }

    static List<SearchDocument> documents(String lang) {
        try {
            return new SearchDocuments().of(new ContentLoader(org.hoshin.testing.Fixture.ROOT).load(org.hoshin.testing.Fixture.CONTENT).wards(), Lang.of(lang),
                    Messages.load(Path.of("templates"), lang));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JapaneseAnalysis japanese() {
        try {
            return new JapaneseAnalysis(UserDictionaries.load(org.hoshin.testing.Fixture.CONTENT, Path.of("content",
                    UserDictionaries.FILE)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
