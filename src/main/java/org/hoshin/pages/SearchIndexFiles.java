package org.hoshin.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hoshin.content.ContentException;
import org.hoshin.content.Lang;
import org.hoshin.content.Ward;
import org.hoshin.routes.Routes;
import org.hoshin.search.EnglishAnalysis;
import org.hoshin.search.IndexPart;
import org.hoshin.search.JapaneseAnalysis;
import org.hoshin.search.SearchDocuments;
import org.hoshin.search.SearchIndexWriter;
import org.hoshin.search.Term;
import org.hoshin.stages.Inputs;

/**
 * The static search index of each language ({@code search/<lang>/…}), analysed at build time so the browser only
 * looks terms up. Each language's index is built on the build's threads, beside the pages; the synonyms and the user
 * dictionary were read with the rest of the project (a mistake in them stops the build before). The Japanese analysis is the build's one (shared with the
 * themes, safe between threads: {@link JapaneseAnalysis}), and the Japanese wards are analysed on all the build's
 * threads; an {@link EnglishAnalysis} is for one thread at a time, so the English index is analysed on one thread,
 * with the build's own analysis (the preview's, which remembers texts between saves).
 *
 * <p>Each ward's documents make an {@link IndexPart} of their own, which the preview keeps while the ward, the UI
 * messages (the documents' section names and labels) and the analysis are unchanged; a save analyses and counts
 * only the edited ward's texts, and the index is merged from the parts again.
 */
public final class SearchIndexFiles implements PageGenerator {

    /** The index part of one ward in one language, as the preview keeps it. */
    private record Part(Lang lang, String wardId) {
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
            site.later(() -> {
                List<IndexPart> parts = lang.isJapanese()
                        ? site.runner().map(site.content().wards(), ward -> part(site, ward, lang, analysis))
                        : site.content().wards().stream().map(ward -> part(site, ward, lang, analysis)).toList();
                Map<String, String> files = new LinkedHashMap<>();
                new SearchIndexWriter().write(lang, parts, List.copyOf(names.keySet()), names, synonyms)
                        .forEach((name, text) -> files.put(Routes.searchIndex(lang) + name, text));
                return files;
            });
        }
    }

    /** The part of {@code ward}'s documents in {@code lang}: the preview's, while nothing it is made from changed. */
    private IndexPart part(SiteContext site, Ward ward, Lang lang, Object analysis) {
        Map<String, String> messages = site.messages(lang);
        Function<String, List<Term>> analyzer = analyzer(analysis);
        try {
            return site.runner().reuse(new Part(lang, ward.id()), Inputs.of(ward, messages, analysis),
                    () -> IndexPart.of(new SearchDocuments().of(List.of(ward), lang, messages), analyzer,
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
