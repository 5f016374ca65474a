package org.hoshin.stages;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hoshin.content.ContentException;
import org.hoshin.content.Lang;
import org.hoshin.render.Messages;
import org.hoshin.render.TemplateRenderer;

/**
 * The templates folder as a build uses it: the compiled templates and the UI messages of each language, which live
 * among them. The preview keeps both while no file of the folder changed, rather than reading the messages again on
 * every save.
 *
 * @param renderer the compiled templates
 * @param messages each language's UI messages
 */
record CompiledTemplates(TemplateRenderer renderer, Map<Lang, Map<String, String>> messages) {

    /** Compiles the templates of {@code templatesDir} and reads its messages; fails on a broken message file. */
    static CompiledTemplates of(Path templatesDir) throws ContentException {
        Map<Lang, Map<String, String>> messages = new LinkedHashMap<>();
        for (Lang lang : Lang.ALL) {
            messages.put(lang, Collections.unmodifiableMap(Messages.load(templatesDir, lang.code())));
        }
        return new CompiledTemplates(new TemplateRenderer(templatesDir), Collections.unmodifiableMap(messages));
    }
}
