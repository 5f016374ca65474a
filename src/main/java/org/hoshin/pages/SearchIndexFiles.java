package org.hoshin.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hoshin.content.ContentException;
import org.hoshin.content.Edition;
import org.hoshin.content.Lang;
import org.hoshin.content.Ward;
import org.hoshin.routes.Routes;
import org.hoshin.search.EnglishAnalysis;
import org.hoshin.search.IndexPart;
import org.hoshin.search.JapaneseAnalysis;
import org.hoshin.search.SearchDocuments;
import org.hoshin.search.SearchIndexWriter;
import org.hoshin.search.Term;
import org.hoshin.search.WordUnion;
import org.hoshin.stages.Inputs;

/**
 * The static search index of each language ({@code search/<lang>/…}), analysed at build time so the browser only
 * looks terms up. Each language's index is built on the build's threads, beside the pages; the synonyms and the user
 * dictionary were read with the rest of the project (a mistake in them stops the build before). The Japanese analysis is the build's one (shared with the
 * themes, safe between threads: {@link JapaneseAnalysis}), and the Japanese editions are analysed on all the build's
 * threads; an {@link EnglishAnalysis} is for one thread at a time, so the English index is analysed on one thread,
 * with the build's own analysis (the preview's, which remembers texts between saves).
 *
 * <p>Each edition's documents make an {@link IndexPart} of their own, which the preview keeps while the edition,
 * whether it is its ward's latest, the UI messages it shows (section names and labels) and the analysis are
 * unchanged; a save analyses and counts only the edited edition's texts, and the index is merged from the parts
 * again.
 */
public final class SearchIndexFiles implements PageGenerator {

    /** The index part of one edition in one language, as the preview keeps it. */
    private record EditionPart(Lang lang, String wardId, int year) {
    }

    /** The words of one language's index, numbered, as the preview keeps them (see {@link WordUnion}). */
    private record Words(Lang lang) {
    }

    /** An edition, and whether it is its ward's latest (whose documents point at the ward's own address). */
    private record Indexed(Edition edition, boolean latest) {
    }

    /** Told of every text the index has analysed (a test counts them); nothing otherwise. */
    private final Consumer<String> analysed;

    SearchIndexFiles() {
        this(text -> { });
    }

    SearchIndexFiles(Consumer<String> analysed) {
        this.analysed = analysed;
    }

    @Override
    public void generate(SiteContext site) throws ContentException {
        for (Lang lang : Lang.ALL) {
            Map<String, String> names = new LinkedHashMap<>();
            for (Ward ward : site.content().wards()) {
                names.put(ward.id(), ward.latest().policy(lang).wardName());
            }
            List<List<String>> synonyms = lang == Lang.EN ? site.project().synonyms() : List.of();
            Object analysis = lang.isJapanese() ? site.japaneseAnalysis() : site.englishAnalysis();
            Map<String, String> labels = SearchDocuments.labels(site.messages(lang));
            site.laterEncoded(() -> {
                List<Indexed> editions = site.content().wards().stream().flatMap(w -> w.editions().stream()
                        .map(e -> new Indexed(e, e.equals(w.latest())))).toList();
                List<IndexPart> parts = lang.isJapanese()
                        ? site.runner().map(editions, edition -> part(site, edition, lang, labels, analysis))
                        : editions.stream().map(edition -> part(site, edition, lang, labels, analysis)).toList();
                Map<String, byte[]> files = new LinkedHashMap<>();
                WordUnion words = site.runner().reuse(new Words(lang), new Inputs(null, List.of()), WordUnion::new);
                new SearchIndexWriter().write(lang, parts, List.copyOf(names.keySet()), names, synonyms, words)
                        .forEach((name, bytes) -> files.put(Routes.searchIndex(lang) + name, bytes));
                return files;
            });
        }
    }

    /**
     * The part of {@code edition}'s documents in {@code lang}: the preview's, while nothing it is made from changed
     * (the edition, whether it is its ward's latest, the UI messages it shows, the analysis).
     */
    private IndexPart part(SiteContext site, Indexed indexed, Lang lang, Map<String, String> labels,
                           Object analysis) {
        Function<String, List<Term>> analyzer = analyzer(analysis);
        Edition edition = indexed.edition();
        boolean latest = indexed.latest();
        try {
            return site.runner().reuse(new EditionPart(lang, edition.wardId(), edition.fiscalYear().start()),
                    Inputs.of(edition, latest, labels, analysis),
                    () -> IndexPart.of(new SearchDocuments().of(edition, latest, lang, labels), analyzer,
                            lang.isJapanese()));
        } catch (ContentException e) {
            throw new IllegalStateException("search documents are made from content already read", e);
        }
    }

    private Function<String, List<Term>> analyzer(Object analysis) {
        Function<String, List<Term>> analyze = analysis instanceof JapaneseAnalysis japanese
                ? japanese::analyzeForSearch : ((EnglishAnalysis) analysis)::analyze;
        return text -> {
            analysed.accept(text);
            return analyze.apply(text);
        };
    }
}
