package org.hoshin.stages;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hoshin.content.ContentException;
import org.hoshin.content.FileStamps;
import org.hoshin.content.Ward;
import org.hoshin.content.WardCache;
import org.hoshin.search.EnglishAnalysis;
import org.hoshin.search.JapaneseAnalysis;

/**
 * What one build can hand to the next in a long-running process (the preview): the wards read, the compiled
 * templates with the UI messages, the analyses, and every result the {@link Runner} was asked to reuse (each ward page's HTML, and what
 * else is made from one ward alone: its warnings, its open data, the view of its latest edition). A ward whose files did not change is reused as it is; so are its
 * pages, as long as the templates (and UI messages, which live among them) did not change either. The Japanese
 * analysis is kept too, with the terms of every text it saw. Kuromoji's dictionaries are loaded once per process
 * anyway. Anything uncertain is simply built again.
 */
public final class BuildSession {

    /** Something made from {@code inputs} alone (see {@link #kept}). */
    private record Kept(Inputs inputs, Object value) {
    }

    /** Makes something from a ward; may fail as the build fails. */
    @FunctionalInterface
    public interface Maker<T> {
        T make() throws ContentException;
    }

    private final WardCache wards = new WardCache();
    private final Map<Object, Kept> kept = new ConcurrentHashMap<>();
    private String templatesFingerprint;
    private CompiledTemplates templates;
    private String searchFingerprint;
    private JapaneseAnalysis japaneseAnalysis;
    private final EnglishAnalysis englishAnalysis = EnglishAnalysis.remembering();

    /** Makes a Japanese analysis; may fail on a mistake in the user dictionary. */
    @FunctionalInterface
    interface AnalysisMaker {
        JapaneseAnalysis make() throws ContentException;
    }

    /**
     * The Japanese analysis of the previous save, while the user dictionary is the same version ({@code fingerprint}
     * of {@code content/search/}, taken before the dictionary was read, so that an edit during a build is seen by
     * the next one; {@code null}: unknown, made afresh); it remembers every text it analysed, so a save analyses only
     * the texts that changed, for the themes and the search index alike.
     */
    synchronized JapaneseAnalysis japaneseAnalysis(String fingerprint, AnalysisMaker maker) throws ContentException {
        if (!FileStamps.same(searchFingerprint, fingerprint) || japaneseAnalysis == null) {
            japaneseAnalysis = maker.make();
            searchFingerprint = fingerprint;
        }
        return japaneseAnalysis;
    }

    /** The English analysis, remembering the terms of every text it saw (it reads no file of the content). */
    EnglishAnalysis englishAnalysis() {
        return englishAnalysis;
    }

    public WardCache wards() {
        return wards;
    }

    /**
     * The compiled templates and the UI messages, compiled and read again when a file of the templates folder
     * changed; a kept page names the templates it was rendered with among its inputs, so a new compilation renders
     * every page again. A message file that fails to read is read again on the next build.
     */
    synchronized CompiledTemplates templates(Path templatesDir) throws ContentException {
        String fingerprint;
        try {
            fingerprint = FileStamps.of(templatesDir);
        } catch (IOException | RuntimeException e) {
            fingerprint = null;
        }
        if (!FileStamps.same(templatesFingerprint, fingerprint) || templates == null) {
            templates = null;
            templates = CompiledTemplates.of(templatesDir);
            templatesFingerprint = fingerprint;
        }
        return templates;
    }

    /**
     * What {@code maker} made as {@code job} in an earlier build, while it was made from the same inputs (see
     * {@link Inputs#same}); else made again and kept. Called by the {@link Runner} alone: the job is what is made (an
     * output file's path, or a derived value's own record), so no caller assembles a key.
     */
    @SuppressWarnings("unchecked")
    <T> T kept(Object job, Inputs inputs, Maker<T> maker) throws ContentException {
        Kept known = kept.get(job);
        if (known != null && inputs.same(known.inputs())) {
            return (T) known.value();
        }
        T made = maker.make();
        kept.put(job, new Kept(inputs, made));
        return made;
    }
}
