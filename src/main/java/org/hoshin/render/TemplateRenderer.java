package org.hoshin.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.Location;
import org.hoshin.content.Message;
import org.hoshin.content.SafeFiles;

/**
 * Renders Pebble templates from the project's {@code templates/} folder. Templates only present values the Java
 * side prepared; strict variables make a misspelt name fail the build instead of printing nothing. Pebble's file
 * loader follows links, so the whole {@code templates/} tree is checked for links and special files
 * ({@link SafeFiles#checkTree}) before the first template is read. The build's threads share one renderer: Pebble's
 * engine is thread-safe, and each call evaluates into its own writer.
 */
public final class TemplateRenderer {

    private final PebbleEngine engine;
    private final Path templatesDir;
    /** Set once the tree passed; volatile as pages render on several threads (checking twice is harmless). */
    private volatile boolean treeChecked;

    public TemplateRenderer(Path templatesDir) {
        this.templatesDir = templatesDir;
        FileLoader loader = new FileLoader();
        loader.setPrefix(templatesDir.toAbsolutePath().toString());
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).strictVariables(true).autoEscaping(true)
                .addEscapingStrategy("html", new HtmlEscaper()).extension(new UiMessageExtension()).newLineTrimming(true).cacheActive(true).build();
    }

    /** The page's language as a locale, for the {@code message} filter's numbers and plural forms. */
    private static Locale locale(Map<String, Object> context) {
        return context.get("lang") instanceof String lang ? Locale.forLanguageTag(lang) : Locale.ROOT;
    }

    public String render(String template, Map<String, Object> context) throws ContentException {
        if (!treeChecked) {
            SafeFiles.checkTree(templatesDir, templatesDir);
            treeChecked = true;
        }
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, context, locale(context));
        } catch (PebbleException e) {
            Path file = templatesDir.resolve(e.getFileName() == null ? template + ".peb" : e.getFileName());
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new ContentException(ContentError.of(new Location(file, line, 0), "templates.error",
                    e.getPebbleMessage()));
        } catch (IOException e) {
            throw new ContentException(ContentError.of(Location.of(templatesDir.resolve(template)),
                    "templates.cannotRender", e.getMessage()));
        }
        return out.toString();
    }
}
