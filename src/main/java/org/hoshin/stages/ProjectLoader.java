package org.hoshin.stages;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Glossary;
import org.hoshin.content.Lang;
import org.hoshin.content.Parallel;
import org.hoshin.content.SiteContent;
import org.hoshin.content.SiteInfo;
import org.hoshin.content.ThemesReader;
import org.hoshin.render.Messages;
import org.hoshin.render.TemplateRenderer;
import org.hoshin.search.Synonyms;
import org.hoshin.search.UserDictionaries;

/**
 * The build's first stage: reads every file of the project that the build depends on into a {@link Project}. The
 * wards are read on the build's threads (and, in a preview, only those whose files changed); the git history,
 * the slowest read, runs beside them.
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
        ContentLoader loader = new ContentLoader(config.projectRoot(), session == null ? null : session.wards(),
                runner.pool());
        SiteContent content = loader.load(config.contentDir());
        Parallel.Later<ContentHistory> history = runner.start(() -> ContentHistory.read(config.contentDir()));
        SiteInfo siteInfo = SiteInfo.load(config.contentDir(), loader::display);
        Glossary glossary = Glossary.load(config.contentDir(), loader::display);
        TemplateRenderer templates = session == null ? new TemplateRenderer(config.templatesDir())
                : session.templates(config.templatesDir());
        Map<Lang, Map<String, String>> messages = new LinkedHashMap<>();
        for (Lang lang : Lang.ALL) {
            messages.put(lang, Messages.load(config.templatesDir(), lang.code()));
        }
        return new Project(config, content, siteInfo, glossary, history.get(), templates, Map.copyOf(messages),
                new ThemesReader(loader::display).read(config.contentDir()),
                UserDictionaries.load(config.contentDir(), loader.display(
                        config.contentDir().resolve(UserDictionaries.FILE))),
                Synonyms.load(config.contentDir(), loader.display(config.contentDir().resolve(Synonyms.FILE))));
    }
}
