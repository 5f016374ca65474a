package org.hoshin.pages;

import java.io.IOException;
import org.hoshin.content.ContentException;

/**
 * One kind of output of the site (the ward pages, the wards list, the search index, the sitemap…). The build
 * enumerates generators in order ({@code PageKinds.ALL}), so a new page kind is a new small class, not a longer
 * builder.
 */
public interface PageGenerator {

    /** Adds this kind's files to the site being built. */
    void generate(SiteContext site) throws ContentException, IOException;
}
