package org.hoshin.pages;

import java.util.List;

/** The kinds of output the render stage makes, in order. */
public final class PageKinds {

    /**
     * Every kind of output, in the order it is generated; the search indexes come first because they are the
     * largest pieces of work and run beside the pages; open data comes before its page, which lists its files; the
     * sitemap comes last because it lists the pages the others made.
     */
    public static final List<PageGenerator> ALL = List.of(new SearchIndexFiles(), new SiteFiles.Entrances(),
            new LanguagePages(), new EditionPages(), new ChangesPages(), new ThemePages(), new DataFiles(),
            new DataPage(), new SiteFiles.Assets(), new SiteFiles.SitemapAndRobots());

    private PageKinds() {
    }
}
