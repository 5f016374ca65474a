package org.hoshin.site;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hoshin.content.Ward;
import org.hoshin.content.WardCache;
import org.hoshin.render.TemplateRenderer;

/**
 * What one build can hand to the next in a long-running process (the preview): the wards read, the compiled
 * templates, and each edition page's HTML. A ward whose files did not change is reused as it is; so are its
 * pages, as long as the templates (and UI messages, which live among them) did not change either. Kuromoji's
 * dictionaries are loaded once per process anyway. Anything uncertain is simply built again.
 */
final class BuildSession {

    /**
     * An edition page rendered from {@code ward} and {@code inputs} (its data from outside the ward), valid while the
     * same ward object, equal inputs and the same templates are in use.
     */
    record CachedPage(Ward ward, Object inputs, String html) {
    }

    private final WardCache wards = new WardCache();
    private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();
    private String templatesFingerprint;
    private TemplateRenderer templates;

    WardCache wards() {
        return wards;
    }

    /** The compiled templates, compiled again (and every cached page forgotten) when a template file changed. */
    synchronized TemplateRenderer templates(Path templatesDir) {
        String fingerprint;
        try {
            fingerprint = WardCache.fingerprint(templatesDir);
        } catch (IOException | RuntimeException e) {
            fingerprint = null;
        }
        if (fingerprint == null || !fingerprint.equals(templatesFingerprint) || templates == null) {
            templates = new TemplateRenderer(templatesDir);
            templatesFingerprint = fingerprint;
            pages.clear();
        }
        return templates;
    }

    /** Edition pages by output path. */
    Map<String, CachedPage> pages() {
        return pages;
    }
}
