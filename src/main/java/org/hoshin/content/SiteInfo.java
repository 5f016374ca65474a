package org.hoshin.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Who stands behind the site, from the editors' {@code content/site.yaml}: every page's footer names the publisher,
 * says whether the site is the city's official one and links to where a resident reports a mistake. The file is
 * required: a site that cannot say who publishes it is not published. A bad value stops the build at its line.
 *
 * @param publisherJa who publishes the site, as Japanese pages name it
 * @param publisherEn the same, as English pages name it
 * @param reportUrl   where a resident reports a mistake or asks a question (https://…, http://… or mailto:…)
 * @param official    whether this is an official site of the City of Yokohama
 */
public record SiteInfo(String publisherJa, String publisherEn, String reportUrl, boolean official) {

    public static final String FILE = "site.yaml";
    private static final Set<String> KEYS = Set.of("publisher", "report-url", "official");
    private static final Set<String> LANGUAGES = Set.of("ja", "en");
    private static final Set<String> CONTACT_SCHEMES = Set.of("https:", "http:", "mailto:");

    /** The publisher as pages in {@code lang} name it. */
    public String publisher(Lang lang) {
        return lang == Lang.EN ? publisherEn : publisherJa;
    }

    /** Reads {@code content/site.yaml}, reporting every mistake in it at its line. */
    public static SiteInfo load(Path contentDir, UnaryOperator<Path> display) throws ContentException {
        Path file = contentDir.resolve(FILE);
        Path shown = display.apply(file);
        SafeFiles.checkChain(contentDir, FILE, display.apply(contentDir));
        if (!SafeFiles.isFile(file, shown)) {
            throw new ContentException(ContentError.of(Location.of(shown), "siteFile.missing"));
        }
        String text = TextFiles.readUtf8(file, shown);
        if (text.isBlank()) {
            throw new ContentException(ContentError.of(new Location(shown, 1, 0), "siteFile.empty"));
        }
        List<ContentError> errors = new ArrayList<>();
        Fields root = Fields.of(new YamlReader().read(shown, text, 0), KEYS, FILE, errors);
        Fields publisher = root.nested("publisher", LANGUAGES);
        String ja = publisher.required("ja");
        String en = publisher.required("en");
        String reportUrl = reportUrl(root, errors);
        boolean official = official(root, errors);
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return new SiteInfo(ja, en, reportUrl, official);
    }

    /** An address a resident can open: judged by the site's one URL rule, and absolute (a contact is elsewhere). */
    private static String reportUrl(Fields root, List<ContentError> errors) {
        String url = root.required("report-url");
        String scheme = url.toLowerCase(Locale.ROOT).replaceFirst("^([a-z]+:).*", "$1");
        if (!url.isEmpty() && (!UrlPolicy.allows(url) || !CONTACT_SCHEMES.contains(scheme)
                || url.chars().anyMatch(Character::isWhitespace))) {
            errors.add(ContentError.of(root.locationOf("report-url"), "siteFile.reportUrl", url));
        }
        return url;
    }

    private static boolean official(Fields root, List<ContentError> errors) {
        String value = root.required("official");
        if (!value.isEmpty() && !value.equals("true") && !value.equals("false")) {
            errors.add(ContentError.of(root.locationOf("official"), "siteFile.official", value));
        }
        return value.equals("true");
    }
}
