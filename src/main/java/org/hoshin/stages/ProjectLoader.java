package org.hoshin.stages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.FileStamps;
import org.hoshin.content.Glossary;
import org.hoshin.content.Parallel;
import org.hoshin.content.SiteContent;
import org.hoshin.content.SiteInfo;
import org.hoshin.content.Themes;
import org.hoshin.content.ThemesReader;
import org.hoshin.search.Synonyms;
import org.hoshin.search.UserDictionaries;

/**
 * The build's first stage: reads the content editors own into a {@link Project}, and with it the compiled templates
 * and UI messages. The wards are read on the build's threads (and, in a preview, only those whose files changed);
 * the git history, the slowest read, runs beside them. Every file is read even when an earlier one has a mistake,
 * and all mistakes are reported together.
 */
public final class ProjectLoader {

    private final SiteConfig config;
    private final BuildSession session;

    /** @param session what a preview keeps between builds, or {@code null} */
    public ProjectLoader(SiteConfig config, BuildSession session) {
        this.config = config;
        this.session = session;
    }

    public Project load(Runner runner) throws ContentException {
        Parallel.Later<ContentHistory> history = runner.start(() -> ContentHistory.read(config.contentDir()));
        ContentLoader loader = new ContentLoader(config.projectRoot(), session == null ? null : session.wards(),
                runner.pool());
        List<ContentError> errors = new ArrayList<>();
        SiteContent content = read(errors, () -> loader.load(config.contentDir()));
        if (!Files.isDirectory(config.contentDir())) {
            throw new ContentException(errors); // no content folder: nothing else to read
        }
        SiteInfo siteInfo = read(errors, () -> SiteInfo.load(config.contentDir(), loader::display));
        Glossary glossary = read(errors, () -> Glossary.load(config.contentDir(), loader::display));
        Themes themes = read(errors, () -> new ThemesReader(loader::display).read(config.contentDir()));
        String dictionaryVersion = version(config.contentDir().resolve("search"));
        UserDictionary dictionary = read(errors, () -> UserDictionaries.load(config.contentDir(),
                loader.display(config.contentDir().resolve(UserDictionaries.FILE))));
        List<List<String>> synonyms = read(errors, () -> Synonyms.load(config.contentDir(),
                loader.display(config.contentDir().resolve(Synonyms.FILE))));
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        CompiledTemplates templates = session == null ? CompiledTemplates.of(config.templatesDir())
                : session.templates(config.templatesDir());
        return new Project(config, content, siteInfo, glossary, history.get(), templates.renderer(),
                templates.messages(), themes, dictionary, dictionaryVersion,
                synonyms.stream().map(List::copyOf).toList());
    }

    /** The {@link FileStamps} of the files in {@code dir}, or {@code null} when they cannot be read. */
    private static String version(Path dir) {
        try {
            return Files.isDirectory(dir) ? FileStamps.of(dir) : "";
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * What {@code reading} reads, or {@code null} with its mistakes added to {@code errors}: every file editors own
     * is read, so that one run lists the mistakes of all of them rather than one file's per run.
     */
    private static <T> T read(List<ContentError> errors, Parallel.Work<T> reading) {
        try {
            return reading.call();
        } catch (ContentException e) {
            errors.addAll(e.errors());
            return null;
        }
    }
}
