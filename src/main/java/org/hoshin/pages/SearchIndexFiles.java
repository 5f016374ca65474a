package org.hoshin.pages;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hoshin.content.ContentException;
import org.hoshin.content.Lang;
import org.hoshin.content.Ward;
import org.hoshin.routes.Routes;
import org.hoshin.search.EnglishAnalysis;
import org.hoshin.search.JapaneseAnalysis;
import org.hoshin.search.SearchDocument;
import org.hoshin.search.SearchDocuments;
import org.hoshin.search.SearchIndexWriter;
import org.hoshin.search.Synonyms;
import org.hoshin.search.Term;

/**
 * The static search index of each language ({@code search/<lang>/…}), analysed at build time so the browser only
 * looks terms up. Each language's index is built on the build's threads, beside the pages; what may fail on an
 * editor's file (the synonyms, the user dictionary) is read first, on the generators' thread, so the failure is
 * reported in the same order as in a sequential build. The Japanese analysis is the build's one (shared with the
 * themes, safe between threads: {@link JapaneseAnalysis}), and the Japanese documents are analysed on all the
 * build's threads; an {@link EnglishAnalysis} is for one thread at a time, so the English index is analysed on one
 * thread, with the build's own analysis (the preview's, which remembers texts between saves).
 */
public final class SearchIndexFiles implements PageGenerator {

    @Override
    public void generate(SiteContext site) throws ContentException {
        for (Lang lang : Lang.ALL) {
            Map<String, String> names = new LinkedHashMap<>();
            for (Ward ward : site.content().wards()) {
                names.put(ward.id(), ward.latest().policy(lang).wardName());
            }
            List<List<String>> synonyms = lang == Lang.EN ? site.project().synonyms() : List.of();
            Function<String, List<Term>> analyzer = analyzer(site, lang);
            site.later(() -> {
                List<SearchDocument> docs = new SearchDocuments().of(site.content().wards(), lang,
                        site.messages(lang));
                Map<String, String> files = new LinkedHashMap<>();
                SearchIndexWriter writer = new SearchIndexWriter(lang.isJapanese() ? site.runner().pool() : null);
                writer.write(lang, docs, List.copyOf(names.keySet()), names, analyzer, synonyms)
                        .forEach((name, text) -> files.put(Routes.searchIndex(lang) + name, text));
                return files;
            });
        }
    }

    /**
     * Loads Kuromoji's dictionaries (about a quarter of a cold build) by analysing a word, so that a build can do
     * it on another core while it reads the content.
     */
    public static void warmUp() {
        new JapaneseAnalysis(null).analyze("区運営方針");
    }

    private static Function<String, List<Term>> analyzer(SiteContext site, Lang lang) {
        return lang.isJapanese() ? site.japaneseAnalysis()::analyzeForSearch : site.englishAnalysis()::analyze;
    }
}
