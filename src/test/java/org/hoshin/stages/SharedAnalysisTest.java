package org.hoshin.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.hoshin.search.Term;
import org.hoshin.stages.Derived;
import org.hoshin.stages.Deriver;
import org.hoshin.stages.Project;
import org.hoshin.stages.ProjectLoader;
import org.hoshin.stages.Runner;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.BuiltSite;
import org.junit.jupiter.api.Test;

/** One Japanese analysis per build, with the content's user dictionary, for the search index and the themes. */
class SharedAnalysisTest {

    @Test
    void aBuildMakesOneJapaneseAnalysisWithTheUserDictionary() throws Exception {
        SiteConfig config = new SiteConfig(org.hoshin.testing.Fixture.ROOT, org.hoshin.testing.Fixture.CONTENT,
                BuiltSite.PROJECT.resolve("templates"), BuiltSite.PROJECT.resolve("target/unused-site"),
                "https://example.org/hoshin/");
        try (Runner runner = new Runner(1, null)) {
            Project project = new ProjectLoader(config, null).load(runner);
            Derived derived = new Deriver(null).derive(project, runner);
            derived.themeAssignments();
            // content/search/userdict.csv makes this mascot's name one word
            assertEquals(List.of("重忠あさひくん"),
                    derived.japanese().analyze("重忠あさひくん").stream().map(Term::surface).toList());
        }
    }
}
