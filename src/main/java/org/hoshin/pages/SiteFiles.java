package org.hoshin.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.Location;
import org.hoshin.content.SafeFiles;
import org.hoshin.routes.Routes;

/**
 * The files around the pages: the root page that offers both languages, the 404 page, the stylesheet and scripts,
 * and — last, once every page is known — the sitemap and robots.txt.
 */
final class SiteFiles {

    private SiteFiles() {
    }

    /** The root page and the 404 page, both bilingual. */
    static final class Entrances implements PageGenerator {
        @Override
        public void generate(SiteContext site) throws ContentException {
            site.bilingualFile(Routes.INDEX, "pages/root", Map.of());
            site.bilingualFile(Routes.NOT_FOUND, "pages/not-found", Map.of("root", site.config().basePath()));
        }
    }

    /** Copies {@code templates/assets/} as they are. */
    static final class Assets implements PageGenerator {
        @Override
        public void generate(SiteContext site) throws ContentException, IOException {
            Path templates = site.config().templatesDir();
            Path assets = SafeFiles.checkChain(templates, "assets", templates);
            if (!SafeFiles.isDirectory(assets, assets)) {
                throw new ContentException(ContentError.of(Location.of(assets), "templates.noAssets"));
            }
            SafeFiles.checkTree(assets, assets);
            try (Stream<Path> files = Files.walk(assets)) {
                for (Path file : files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).sorted()
                        .toList()) {
                    site.tree().put(Routes.asset(assets.relativize(file).toString().replace('\\', '/')),
                            SafeFiles.read(file, file));
                }
            }
        }
    }

    /** The sitemap with every page and its language alternates, and robots.txt pointing at it. */
    static final class SitemapAndRobots implements PageGenerator {
        @Override
        public void generate(SiteContext site) {
            String url = site.config().siteUrl();
            site.tree().put(Routes.SITEMAP, Sitemap.xml(url, site.pages()));
            site.tree().put(Routes.ROBOTS, "User-agent: *\nAllow: /\nSitemap: " + url + Routes.SITEMAP + "\n");
        }
    }
}
