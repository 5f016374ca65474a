package org.hoshin.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hoshin.content.ContentLayout;
import org.hoshin.content.Edition;
import org.hoshin.content.Lang;
import org.hoshin.content.SiteContent;
import org.hoshin.content.SiteInfo;
import org.hoshin.content.Ward;
import org.hoshin.routes.Routes;
import org.hoshin.stages.ContentHistory;

/**
 * What every page's footer says about trust: who publishes the site and whether it is official (from
 * {@code content/site.yaml}), where to report a mistake, and when the content the page shows last changed (from
 * git, {@link ContentHistory}). A ward page's content is its edition's folder and the ward's {@code ward.yaml}; a
 * changes page adds the edition it compares with; every other page sums up all of content/.
 */
public final class PageFooter {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);
    private static final DateTimeFormatter JAPANESE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPAN);

    private final SiteInfo info;
    private final ContentHistory history;
    private final SiteContent content;

    public PageFooter(SiteInfo info, ContentHistory history, SiteContent content) {
        this.info = info;
        this.history = history;
        this.content = content;
    }

    /**
     * The footer as templates see it.
     *
     * @param publisher the publisher's name in the page's language
     * @param official  whether the site is the city's official one
     * @param reportUrl where to report a mistake
     * @param updated   when the page's content last changed, or null when the build cannot tell
     */
    record View(String publisher, boolean official, String reportUrl, Day updated) {
    }

    /** A day as a {@code <time>} element shows it: ISO for machines, the language's way for readers. */
    record Day(String iso, String label) {
    }

    /** The footer of page {@code pagePath} (below the language folder; "" for the language's home) in {@code lang}. */
    View of(Lang lang, String pagePath) {
        Optional<LocalDate> day = history.lastChanged(contentOf(pagePath));
        return new View(info.publisher(lang), info.official(), info.reportUrl(),
                day.map(d -> new Day(d.toString(), (lang == Lang.EN ? ENGLISH : JAPANESE).format(d)))
                        .orElse(null));
    }

    /** The folders and files of content/ (relative, with "/") a page shows. */
    List<String> contentOf(String pagePath) {
        Optional<Routes.WardPage> page = Routes.wardPageOf(pagePath);
        Optional<Ward> ward = page.flatMap(p -> content.wards().stream().filter(w -> w.id().equals(p.wardId()))
                .findFirst());
        if (ward.isEmpty()) {
            return List.of("");
        }
        String wardFolder = ContentLayout.WARDS + "/" + ward.get().id() + "/";
        List<String> paths = new ArrayList<>(List.of(wardFolder + ContentLayout.WARD_FILE));
        Edition edition = ward.get().editions().stream()
                .filter(e -> e.fiscalYear().start() == page.get().year()).findFirst()
                .orElse(ward.get().latest());
        paths.add(wardFolder + edition.fiscalYear().start());
        if (page.get().changes()) {
            ward.get().previous(edition).ifPresent(p -> paths.add(wardFolder + p.fiscalYear().start()));
        }
        return paths;
    }
}
