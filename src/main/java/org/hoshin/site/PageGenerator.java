package org.hoshin.site;

import java.io.IOException;
import java.util.List;
import org.hoshin.content.ContentException;

/**
 * One kind of output of the site (the ward pages, the wards list, the search index, the sitemap…). The build
 * enumerates generators in order, so a new page kind is a new small class, not a longer builder.
 */
interface PageGenerator {

    /**
     * Every kind of output, in the order it is generated; the search indexes come first because they are the
     * largest pieces of work and run beside the pages; open data comes before its page, which lists its files; the
     * sitemap comes last because it lists the pages the others made.
     */
    List<PageGenerator> ALL = List.of(new SearchIndexFiles(), new SiteFiles.Entrances(), new LanguagePages(),
            new EditionPages(), new ChangesPages(), new ThemePages(), new DataFiles(), new DataPage(),
            new SiteFiles.Assets(), new SiteFiles.SitemapAndRobots());

    /** Adds this kind's files to the site being built. */
    void generate(SiteContext site) throws ContentException, IOException;
}
