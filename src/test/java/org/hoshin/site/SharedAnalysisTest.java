package org.hoshin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.hoshin.content.ContentLoader;
import org.hoshin.render.TemplateRenderer;
import org.hoshin.search.Term;
import org.junit.jupiter.api.Test;

/** One Japanese analysis per build, with the content's user dictionary, for the search index and the themes. */
class SharedAnalysisTest {

    @Test
    void aBuildMakesOneJapaneseAnalysisWithTheUserDictionary() throws Exception {
        SiteConfig config = new SiteConfig(org.hoshin.testing.Fixture.ROOT, org.hoshin.testing.Fixture.CONTENT,
                BuiltSite.PROJECT.resolve("templates"), BuiltSite.PROJECT.resolve("target/unused-site"),
                "https://example.org/hoshin/");
        SiteContext site = new SiteContext(config, new ContentLoader(config.projectRoot()).load(config.contentDir()),
                new TemplateRenderer(config.templatesDir()), Map.of(), null, null, new OutputTree(), null);
        var analysis = site.japaneseAnalysis();
        site.themes();
        assertSame(analysis, site.japaneseAnalysis(), "made once, on first use, and kept");
        // content/search/userdict.csv makes this mascot's name one word
        assertEquals(List.of("重忠あさひくん"), analysis.analyze("重忠あさひくん").stream().map(Term::surface).toList());
    }
}
