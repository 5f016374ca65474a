package org.hoshin.routes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoshin.content.Lang;

/**
 * Every address of the site, in one place: where each page, index and data file lives, and which anchors a page
 * offers other pages. Published addresses are promises to residents (bookmarks, links in the city's own pages,
 * search engines), so they are made here alone and nowhere else: the page generators, the search documents, the
 * open data and the templates all ask this class (templates through {@link #in}), and a change of address shows up
 * as a change of this one file.
 *
 * <p>Two kinds of path: a <em>page path</em> is below a language's folder and ends with a slash
 * ({@code wards/izumi/2022/}; the language's home is the empty path), the same for every language; a <em>site
 * path</em> is from the site's root ({@code ja/wards/izumi/2022/}, {@code data/izumi-2022.json}). Neither starts
 * with a slash: pages link to each other relatively, so the site works at a domain's root and under any sub-path.
 */
public final class Routes {

    private static final String WARDS = "wards/";
    private static final String THEMES = "themes/";
    private static final String DATA = "data/";
    private static final Pattern WARD_PAGE = Pattern.compile("wards/([^/]+)/(?:(\\d+)/(changes/)?)?");
    private static final Pattern EDITION_DATA = Pattern.compile("([a-z]+)-(\\d{4})\\.json");

    /** The root page, which offers both languages, and a folder's page: what a folder's address serves. */
    public static final String INDEX = "index.html";
    /** The page a host serves for an address the site does not have. */
    public static final String NOT_FOUND = "404.html";
    /** The list of every page for search engines, and the file that points them to it. */
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    /** The name of the open data's table of every initiative, below {@code data/}. */
    public static final String INITIATIVES_CSV = "initiatives.csv";
    /** The name of the JSON Schema the editions' open data follows, below {@code data/}. */
    public static final String EDITION_SCHEMA = "edition.schema.json";

    private Routes() {
    }

    // Page paths: below a language's folder.

    /** The language's home, the list of wards: the empty page path. */
    public static String home() {
        return "";
    }

    /**
     * A ward's own address: it always shows the latest edition, so links made before a new edition appeared keep
     * landing on the ward's current policy.
     */
    public static String ward(String wardId) {
        return WARDS + wardId + "/";
    }

    /** An edition's permanent address, to cite: it shows that fiscal year's policy for ever. */
    public static String edition(String wardId, int year) {
        return ward(wardId) + year + "/";
    }

    /** The comparison of an edition with the one before it (新旧対照表). */
    public static String changes(String wardId, int year) {
        return edition(wardId, year) + "changes/";
    }

    /** The list of themes across wards. */
    public static String themes() {
        return THEMES;
    }

    /** One theme's page, the initiatives of every ward on it. */
    public static String theme(String themeId) {
        return THEMES + themeId + "/";
    }

    /** The search page. */
    public static String search() {
        return "search/";
    }

    /** The page about the site. */
    public static String about() {
        return "about/";
    }

    /** The page that lists the open data files. */
    public static String dataPage() {
        return DATA;
    }

    /** An anchor of a page: {@code wards/izumi/2022/#p1-1}. */
    public static String anchor(String pagePath, String id) {
        return pagePath + "#" + id;
    }

    /** The anchor of a ward's part on a theme page. */
    public static String wardOnTheme(String wardId) {
        return "ward-" + wardId;
    }

    /**
     * What a ward's page shows, read back from its page path.
     *
     * @param wardId  the ward
     * @param year    the edition's fiscal year, or 0 at the ward's own address (which shows the latest edition)
     * @param changes whether it is the edition's changes page (which also shows the edition before it)
     */
    public record WardPage(String wardId, int year, boolean changes) {
    }

    /** The ward page {@code pagePath} is ({@link #ward}, {@link #edition}, {@link #changes}), or empty for others. */
    public static Optional<WardPage> wardPageOf(String pagePath) {
        Matcher m = WARD_PAGE.matcher(pagePath);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new WardPage(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) != null));
    }

    /** The ward and fiscal year an edition's data file name ({@link #editionData}, below {@code data/}) is for. */
    public record EditionDataFile(String wardId, int year) {
    }

    /** The edition a file name below {@code data/} holds the data of, or empty for the other data files. */
    public static Optional<EditionDataFile> editionDataOf(String name) {
        Matcher m = EDITION_DATA.matcher(name);
        return m.matches() ? Optional.of(new EditionDataFile(m.group(1), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    // Site paths: from the site's root.

    /** A page in a language, from the site's root: {@code ja/wards/izumi/}. */
    public static String page(Lang lang, String pagePath) {
        return lang.code() + "/" + pagePath;
    }

    /** The file a page is written to, from the site's root: {@code ja/wards/izumi/index.html}. */
    public static String pageFile(Lang lang, String pagePath) {
        return fileOf(page(lang, pagePath));
    }

    /** The file a site path is served from: a folder's {@link #INDEX}, or the file itself. */
    public static String fileOf(String sitePath) {
        return sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + INDEX : sitePath;
    }

    /** The site path a file is served at: its folder for a folder's {@link #INDEX}, else the file itself. */
    public static String addressOf(String file) {
        return file.equals(INDEX) || file.endsWith("/" + INDEX) ? file.substring(0, file.length() - INDEX.length())
                : file;
    }

    /** A stylesheet, script or image copied from {@code templates/assets/}, from the site's root. */
    public static String asset(String name) {
        return "assets/" + name;
    }

    /** The folder of a language's search index, from the site's root. */
    public static String searchIndex(Lang lang) {
        return "search/" + lang.code() + "/";
    }

    /** A file of the open data, from the site's root. */
    public static String dataFile(String name) {
        return DATA + name;
    }

    /** The open data of one ward edition, from the site's root: {@code data/izumi-2022.json}. */
    public static String editionData(String wardId, int year) {
        return dataFile(wardId + "-" + year + ".json");
    }

    /** "../" once per folder of {@code sitePath}: the way from that file back to the site's root. */
    public static String toRoot(String sitePath) {
        long depth = sitePath.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }

    /** The addresses as a page in {@code lang} writes them, for its template (see {@link In}). */
    public static In in(Lang lang) {
        return new In(lang);
    }

    /**
     * The site paths a page in one language links to, for templates: {@code {{ root }}{{ routes.ward(ward.id) }}}.
     * Templates present addresses; they never assemble them.
     *
     * @param lang the page's language
     */
    public record In(Lang lang) {

        /** The language's home (the list of wards). */
        public String home() {
            return Routes.page(lang, Routes.home());
        }

        public String ward(String wardId) {
            return Routes.page(lang, Routes.ward(wardId));
        }

        public String edition(String wardId, Number year) {
            return Routes.page(lang, Routes.edition(wardId, year.intValue()));
        }

        public String changes(String wardId, Number year) {
            return Routes.page(lang, Routes.changes(wardId, year.intValue()));
        }

        public String themes() {
            return Routes.page(lang, Routes.themes());
        }

        public String theme(String themeId) {
            return Routes.page(lang, Routes.theme(themeId));
        }

        /** A ward's part of a theme page. */
        public String themeWard(String themeId, String wardId) {
            return Routes.page(lang, Routes.anchor(Routes.theme(themeId), wardOnTheme(wardId)));
        }

        /** The id of a ward's part on a theme page. */
        public String wardOnTheme(String wardId) {
            return Routes.wardOnTheme(wardId);
        }

        public String search() {
            return Routes.page(lang, Routes.search());
        }

        public String about() {
            return Routes.page(lang, Routes.about());
        }

        public String dataPage() {
            return Routes.page(lang, Routes.dataPage());
        }

        /** A page path of this site in this language ({@code pagePath} as a generator or view gave it). */
        public String page(String pagePath) {
            return Routes.page(lang, pagePath);
        }

        /** The same page in the other language: the language switch. */
        public String other(String pagePath) {
            return Routes.page(lang.other(), pagePath);
        }

        /** The same page in Japanese: the original an untranslated page points to. */
        public String japanese(String pagePath) {
            return Routes.page(Lang.JA, pagePath);
        }

        /** The Japanese home, for the bilingual pages outside the language folders (the root page, 404). */
        public String japaneseHome() {
            return Routes.page(Lang.JA, Routes.home());
        }

        /** The English home, for the bilingual pages outside the language folders. */
        public String englishHome() {
            return Routes.page(Lang.EN, Routes.home());
        }

        /** The same page in English. */
        public String english(String pagePath) {
            return Routes.page(Lang.EN, pagePath);
        }

        public String asset(String name) {
            return Routes.asset(name);
        }

        public String searchIndex() {
            return Routes.searchIndex(lang);
        }

        public String dataFile(String name) {
            return Routes.dataFile(name);
        }

        public String initiativesCsv() {
            return Routes.dataFile(INITIATIVES_CSV);
        }

        public String editionSchema() {
            return Routes.dataFile(EDITION_SCHEMA);
        }

        public String editionData(String wardId, Number year) {
            return Routes.editionData(wardId, year.intValue());
        }
    }
}
