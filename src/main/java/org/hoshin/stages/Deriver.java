package org.hoshin.stages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLayout;
import org.hoshin.content.Edition;
import org.hoshin.content.Glossary;
import org.hoshin.content.GlossaryCheck;
import org.hoshin.content.IndentedText;
import org.hoshin.content.Parallel;
import org.hoshin.content.ReviewMarks;
import org.hoshin.content.TranslationStatus;
import org.hoshin.content.Ward;
import org.hoshin.search.EnglishAnalysis;
import org.hoshin.search.JapaneseAnalysis;
import org.hoshin.themes.ThemeAssignments;
import org.hoshin.themes.ThemeLoader;
import org.hoshin.themes.ThemeMatcher;

/**
 * The build's second stage: works out from the loaded {@link Project} what every page kind shares ({@link Derived}).
 * The warnings of each edition are made on the build's threads, and kept by the preview while the edition and the
 * glossary are unchanged; the themes start matching on the threads (in the preview, only the wards that changed)
 * and are waited for by the first page that needs them.
 */
public final class Deriver {

    /** A ward's themes, as the preview keeps them. */
    private record WardThemes(String wardId) {
    }

    /** An edition's warnings, as the preview keeps them. */
    private record EditionWarnings(String wardId, int year) {
    }

    private final BuildSession session;

    /** @param session what a preview keeps between builds, or {@code null} */
    public Deriver(BuildSession session) {
        this.session = session;
    }

    public Derived derive(Project project, Runner runner) throws ContentException, IOException {
        List<ContentError> warnings = warnings(project, runner);
        JapaneseAnalysis japanese = session == null ? new JapaneseAnalysis(project.userDictionary())
                : session.japaneseAnalysis(project.dictionaryVersion(),
                () -> JapaneseAnalysis.remembering(project.userDictionary()));
        EnglishAnalysis english = session == null ? new EnglishAnalysis() : session.englishAnalysis();
        Parallel.Later<ThemeAssignments> themes = runner.start(() -> themes(project, japanese, runner));
        return new Derived(warnings, japanese, english, themes);
    }

    /**
     * Every initiative's themes, matched ward by ward; the preview keeps a ward's while the ward, the themes list and
     * the analysis are unchanged, so a save matches the edited ward's initiatives alone.
     */
    private static ThemeAssignments themes(Project project, JapaneseAnalysis japanese, Runner runner)
            throws ContentException {
        ThemeMatcher matcher = ThemeLoader.matcher(project.themes(), japanese);
        List<ThemeMatcher.WardThemes> wards = new ArrayList<>();
        for (Ward ward : project.content().wards()) {
            wards.add(runner.reuse(new WardThemes(ward.id()), Inputs.of(ward, project.themes(), japanese),
                    () -> matcher.assign(ward)));
        }
        return matcher.assignments(wards);
    }

    private List<ContentError> warnings(Project project, Runner runner) throws ContentException, IOException {
        List<Parallel.Later<List<ContentError>>> editionWarnings = new ArrayList<>();
        for (Ward ward : project.content().wards()) {
            for (Edition edition : ward.editions()) {
                editionWarnings.add(runner.start(() -> runner.reuse(
                        new EditionWarnings(ward.id(), edition.fiscalYear().start()),
                        Inputs.of(edition, project.glossary()), () -> warnings(project, edition))));
            }
        }
        List<ContentError> warnings = new ArrayList<>();
        for (Parallel.Later<List<ContentError>> later : editionWarnings) {
            try {
                warnings.addAll(later.get());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return warnings;
    }

    /**
     * What is worth a warning in an edition: glossary terms left out of the English, indented text that would show
     * as code, import's review marks not yet deleted, stale translations.
     */
    private static List<ContentError> warnings(Project project, Edition edition) {
        Glossary glossary = project.glossary();
        List<ContentError> warnings = new ArrayList<>();
        warnings.addAll(new GlossaryCheck(glossary).check(edition));
        warnings.addAll(IndentedText.check(edition));
        warnings.addAll(ReviewMarks.check(edition));
        warnings.addAll(staleWarnings(project.config(), edition));
        return List.copyOf(warnings);
    }

    /**
     * The edition's stale and unmarked translations, worded as {@code check} and {@code hoshin translations} word
     * them (missing ones are expected while an edition is being translated, and only check lists them).
     */
    private static List<ContentError> staleWarnings(SiteConfig config, Edition edition) {
        List<ContentError> warnings = new ArrayList<>();
        Path editionDir = ContentLayout.editionDir(config.contentDir(), edition.wardId(), edition.fiscalYear());
        try {
            for (TranslationStatus.Item item : new TranslationStatus().scanEdition(editionDir)) {
                if (item.kind() != TranslationStatus.Item.Kind.MISSING) {
                    warnings.add(item.asError(config.projectRoot()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return warnings;
    }
}
