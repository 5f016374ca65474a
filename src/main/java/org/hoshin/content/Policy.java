package org.hoshin.content;

import java.util.List;
import java.util.Map;

/**
 * A ward's management policy in one language: everything a reader sees on the ward's page.
 *
 * @param wardName        the ward's name in this language (泉区)
 * @param title           the document title (令和４年度 泉区運営方針)
 * @param goal            the basic goal (基本目標) as one statement
 * @param slogan          a tagline printed with the goal, or empty
 * @param goalText        prose explaining the goal
 * @param pillarsIntro    prose introducing the pillars, or blank
 * @param pillars         the policy pillars (目標達成に向けた施策)
 * @param managementIntro prose introducing organisational management, or blank
 * @param management      organisational-management items (目標達成に向けた組織運営)
 * @param columns         columns (コラム)
 * @param tables          reference tables
 * @param mascots         mascot characters
 * @param captions        captions of photos not tied to one item
 * @param notes           closing notes (where to find the budget, etc.), or blank
 * @param pillarsHeading   the document's own heading for the pillars part, or empty for the usual one
 * @param initiativesLabel the document's own label for a pillar's initiatives (主な事業・取組), or empty
 * @param translation     the state of the main file (index.md) in this language
 * @param aliases         earlier ids of items, by the id of the item now carrying them ({@code aliases:} in the
 *                        item's Japanese file), so anchors published before a rename keep landing on the item
 */
public record Policy(String wardName, String title, String goal, String slogan, Markdown goalText,
                     Markdown pillarsIntro, List<Pillar> pillars, Markdown managementIntro,
                     List<Section> management, List<Section> columns, List<Table> tables,
                     List<Mascot> mascots, List<Caption> captions, Markdown notes,
                     String pillarsHeading, String initiativesLabel, Translation translation,
                     Map<String, List<String>> aliases) {

    /** A policy whose items have no earlier ids (as import writes it). */
    public Policy(String wardName, String title, String goal, String slogan, Markdown goalText,
                  Markdown pillarsIntro, List<Pillar> pillars, Markdown managementIntro,
                  List<Section> management, List<Section> columns, List<Table> tables,
                  List<Mascot> mascots, List<Caption> captions, Markdown notes,
                  String pillarsHeading, String initiativesLabel, Translation translation) {
        this(wardName, title, goal, slogan, goalText, pillarsIntro, pillars, managementIntro, management, columns,
                tables, mascots, captions, notes, pillarsHeading, initiativesLabel, translation, Map.of());
    }

    public Policy {
        aliases = Map.copyOf(aliases);
        pillars = List.copyOf(pillars);
        management = List.copyOf(management);
        columns = List.copyOf(columns);
        tables = List.copyOf(tables);
        mascots = List.copyOf(mascots);
        captions = List.copyOf(captions);
    }
}
