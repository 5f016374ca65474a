package org.hoshin.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Message;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Theme;
import org.hoshin.themes.KeywordHit;
import org.hoshin.themes.ThemeAssignments;
import org.hoshin.themes.ThemeLoader;
import org.hoshin.themes.ThemeScore;
import org.hoshin.themes.ThemedInitiative;
import org.hoshin.themes.ThemedPillar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hoshin themes}: for each theme, which initiatives it got and why (the matched words and their points), so
 * an editor can tune {@code content/themes.yaml} or add a {@code themes:} override to one initiative.
 */
@Command(name = "themes", mixinStandardHelpOptions = true,
        description = "Lists, per theme, the initiatives it got and why (matched words, points).")
final class ThemesCommand implements Callable<Integer> {

    @Option(names = "--content", defaultValue = "content", description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--theme", description = "Show only this theme (its id).")
    String only;

    @Option(names = "--near", description = "Also list initiatives whose words matched but stayed below the threshold.")
    boolean near;

    @Override
    public Integer call() {
        ContentLoader loader = new ContentLoader(Path.of("").toAbsolutePath());
        ThemeAssignments assignments;
        try {
            SiteContent site = loader.load(content);
            assignments = ThemeLoader.load(site, content, loader::display);
        } catch (ContentException e) {
            Diagnostics.forEnvironment(System.err).errors(e.errors());
            return 1;
        }
        var scoring = assignments.themes().scoring();
        System.out.println(Message.format("themesReport.scoring", scoring.threshold(), scoring.title(),
                scoring.program(), scoring.captions(), scoring.text(), scoring.textLimit(), scoring.pillarTitle(),
                scoring.pillarText(), scoring.pillarLimit()));
        for (Theme theme : assignments.themes().themes()) {
            if (only != null && !only.equals(theme.id())) {
                continue;
            }
            List<ThemedInitiative> in = assignments.in(theme);
            System.out.println();
            System.out.println(Message.format("themesReport.theme", theme.id(), theme.nameJa(), theme.nameEn(),
                    in.size()));
            for (ThemedPillar pillar : assignments.pillarsIn(theme)) {
                System.out.println("  " + Message.format("themesReport.pillar", pillar.ward().id() + "/"
                        + pillar.edition().fiscalYear().start() + "#" + pillar.pillar().id() + " "
                        + pillar.pillar().title() + "  (" + pillar.pillar().origin() + ")"));
            }
            for (ThemedInitiative item : assignments.items()) {
                item.scores().stream().filter(s -> s.theme().equals(theme))
                        .filter(s -> s.assigned() || near || s.decision() == ThemeScore.Decision.REMOVED)
                        .forEach(s -> System.out.println("  " + line(item, s)));
            }
        }
        if (only == null) {
            List<ThemedInitiative> none = assignments.unthemed();
            System.out.println();
            System.out.println(Message.format("themesReport.unthemed", none.size()));
            none.forEach(i -> System.out.println("  " + name(i)));
        }
        return 0;
    }

    private static String line(ThemedInitiative item, ThemeScore score) {
        String why = switch (score.decision()) {
            case ADDED -> Message.format("themesReport.added");
            case REMOVED -> Message.format("themesReport.removed");
            case BELOW_THRESHOLD -> Message.format("themesReport.belowThreshold");
            case KEYWORDS -> "";
        };
        String hits = score.hits().stream().map(KeywordHit::describe).collect(Collectors.joining(", "));
        return (score.assigned() ? "+ " : "- ") + name(item) + "  " + score.points() + " pt"
                + (hits.isEmpty() ? "" : " [" + hits + "]") + (why.isEmpty() ? "" : " (" + why + ")");
    }

    private static String name(ThemedInitiative item) {
        return item.ward().id() + "/" + item.edition().fiscalYear().start() + "#" + item.initiative().id() + " "
                + item.initiative().title() + "  (" + item.initiative().origin() + ")";
    }
}
