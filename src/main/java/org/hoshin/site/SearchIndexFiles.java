package org.hoshin.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hoshin.content.ContentException;
import org.hoshin.content.Parallel;
import org.hoshin.content.Ward;
import org.hoshin.search.EnglishAnalysis;
import org.hoshin.search.IndexPart;
import org.hoshin.search.JapaneseAnalysis;
import org.hoshin.search.SearchDocuments;
import org.hoshin.search.SearchIndexWriter;
import org.hoshin.search.Synonyms;
import org.hoshin.search.Term;

/**
 * The static search index of each language ({@code search/<lang>/…}), analysed at build time so the browser only
 * looks terms up. Each language's index is built on the build's threads, beside the pages; what may fail on an
 * editor's file (the synonyms, the user dictionary) is read first, on the generators' thread, so the failure is
 * reported in the same order as in a sequential build. The Japanese analysis is the build's one (shared with the
 * themes, safe between threads: {@link JapaneseAnalysis}), and the Japanese wards are analysed on all the build's
 * threads; an {@link EnglishAnalysis} is for one thread at a time, so the English index is analysed on one thread,
 * with the build's own analysis (the preview's, which remembers texts between saves).
 *
 * <p>Each ward's documents make an {@link IndexPart} of their own, which the preview keeps while the ward, the UI
 * messages (the documents' section names and labels) and the analysis are unchanged; a save analyses and counts
 * only the edited ward's texts, and the index is merged from the parts again.
 */
final class SearchIndexFiles implements PageGenerator {

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
        for (String lang : SiteConfig.LANGUAGES) {
            Map<String, String> names = new LinkedHashMap<>();
            for (Ward ward : site.content().wards()) {
                names.put(ward.id(), ward.latest().policy(lang).wardName());
            }
            SiteConfig config = site.config();
            List<List<String>> synonyms = lang.equals("en") ? Synonyms.load(config.contentDir(), config.projectRoot()
                    .relativize(config.contentDir().toAbsolutePath().resolve(Synonyms.FILE))) : List.of();
            Object analysis = lang.equals("ja") ? site.japaneseAnalysis() : site.englishAnalysis();
            site.later(() -> {
                List<IndexPart> parts = Parallel.map(lang.equals("ja") ? site.pool() : null, site.content().wards(),
                        ward -> part(site, ward, lang, analysis));
                Map<String, String> files = new LinkedHashMap<>();
                new SearchIndexWriter().write(lang, parts, List.copyOf(names.keySet()), names, synonyms)
                        .forEach((name, text) -> files.put("search/" + lang + "/" + name, text));
                return files;
            });
        }
    }

    /** The part of {@code ward}'s documents in {@code lang}: the preview's, while nothing it is made from changed. */
    private IndexPart part(SiteContext site, Ward ward, String lang, Object analysis) {
        Map<String, String> messages = site.messages(lang);
        Function<String, List<Term>> analyzer = analyzer(analysis);
        try {
            return site.fromWard("search:" + lang + ":" + ward.id(), ward, List.of(messages, analysis),
                    () -> IndexPart.of(new SearchDocuments().of(List.of(ward), lang, messages), analyzer,
                            lang.equals("ja")));
        } catch (ContentException e) {
            throw new IllegalStateException("search documents are made from content already read", e);
        }
    }

    /**
     * Loads Kuromoji's dictionaries (about a quarter of a cold build) by analysing a word, so that a build can do
     * it on another core while it reads the content.
     */
    static void warmUp() {
        new JapaneseAnalysis(null).analyze("区運営方針");
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
