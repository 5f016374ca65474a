package org.hoshin.stages;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.hoshin.content.Glossary;
import org.hoshin.content.Lang;
import org.hoshin.content.SiteContent;
import org.hoshin.content.SiteInfo;
import org.hoshin.content.Themes;
import org.hoshin.render.TemplateRenderer;

/**
 * Everything a build reads from the project, read once before anything is made from it ({@link ProjectLoader}):
 * the content editors own and the templates. Immutable, so every later step may read it from any thread, and a
 * mistake in any of these files stops the build before a page is made.
 *
 * @param config         where the project, its content and templates, and the output are
 * @param content        the wards and their editions
 * @param siteInfo       the publisher and where to report a mistake ({@code site.yaml})
 * @param glossary       official names and their English ({@code glossary.yaml})
 * @param history        when each content file last changed, from git (unknown outside a repository)
 * @param templates      the compiled templates
 * @param messages       the UI messages of each language (in the templates folder)
 * @param themes         the themes and their keywords ({@code themes.yaml})
 * @param userDictionary the search's Japanese user dictionary, or {@code null} when the content has none
 * @param dictionaryVersion a fingerprint of {@code content/search/} taken before the dictionary was read, for the
 *                       preview to tell that it changed ({@code null} when it could not be taken)
 * @param synonyms       English synonym groups for search
 */
public record Project(SiteConfig config, SiteContent content, SiteInfo siteInfo, Glossary glossary,
               ContentHistory history, TemplateRenderer templates, Map<Lang, Map<String, String>> messages,
               Themes themes, UserDictionary userDictionary, String dictionaryVersion, List<List<String>> synonyms) {
}
