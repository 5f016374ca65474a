package org.hoshin.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hoshin.content.ContentException;
import org.hoshin.render.WardView;
import org.hoshin.search.EnglishAnalysis;
import org.hoshin.search.SearchDocument;
import org.hoshin.search.SearchDocuments;
import org.hoshin.search.SearchIndexWriter;
import org.hoshin.search.Synonyms;
import org.hoshin.search.Term;

/**
 * The static search index of each language ({@code search/<lang>/…}), analysed at build time so the browser only
 * looks terms up.
 */
final class SearchIndexFiles implements PageGenerator {

    @Override
    public void generate(SiteContext site) throws ContentException {
        for (String lang : SiteBuilder.LANGUAGES) {
            List<SearchDocument> docs = new SearchDocuments().of(site.content().wards(), lang, site.messages(lang));
            Map<String, String> names = new LinkedHashMap<>();
            for (WardView ward : site.latestViews(lang)) {
                names.put(ward.id(), ward.name());
            }
            SiteConfig config = site.config();
            List<List<String>> synonyms = lang.equals("en") ? Synonyms.load(config.contentDir(), config.projectRoot()
                    .relativize(config.contentDir().toAbsolutePath().resolve(Synonyms.FILE))) : List.of();
            Map<String, String> files = new SearchIndexWriter().write(lang, docs, List.copyOf(names.keySet()),
                    names, analyzer(site, lang), synonyms);
            files.forEach((name, text) -> site.tree().put("search/" + lang + "/" + name, text));
        }
    }

    private static Function<String, List<Term>> analyzer(SiteContext site, String lang) throws ContentException {
        return lang.equals("ja") ? site.japaneseAnalysis()::analyze : new EnglishAnalysis()::analyze;
    }
}
