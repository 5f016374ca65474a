package org.hoshin.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A ward's management policy in one language: everything a reader sees on the ward's page. Made with
 * {@link #builder}, which names each part; its items are walked in page order with {@link #items()}.
 *
 * @param wardName        the ward's name in this language (泉区)
 * @param title           the document title (令和４年度 泉区運営方針)
 * @param basicGoal       the basic goal (基本目標) with its slogan, text, mascots and photos
 * @param pillarsIntro    prose introducing the pillars, or blank
 * @param pillars         the policy pillars (目標達成に向けた施策)
 * @param managementIntro prose introducing organisational management, or blank
 * @param management      organisational-management items (目標達成に向けた組織運営)
 * @param columns         columns (コラム)
 * @param tables          reference tables
 * @param notes           closing notes (where to find the budget, etc.), or blank
 * @param pillarsHeading   the document's own heading for the pillars part, or empty for the usual one
 * @param initiativesLabel the document's own label for a pillar's initiatives (主な事業・取組), or empty
 * @param aliases         earlier ids of items, by the id of the item now carrying them ({@code aliases:} in the
 *                        item's Japanese file), so anchors published before a rename keep landing on the item
 */
public record Policy(String wardName, String title, Goal basicGoal, Markdown pillarsIntro, List<Pillar> pillars,
                     Markdown managementIntro, List<Section> management, List<Section> columns, List<Table> tables,
                     Markdown notes, String pillarsHeading, String initiativesLabel,
                     Map<String, List<String>> aliases) {

    public Policy {
        Objects.requireNonNull(basicGoal);
        aliases = Map.copyOf(aliases);
        pillars = List.copyOf(pillars);
        management = List.copyOf(management);
        columns = List.copyOf(columns);
        tables = List.copyOf(tables);
        requireKind(management, PolicyItem.Kind.MANAGEMENT);
        requireKind(columns, PolicyItem.Kind.COLUMN);
    }

    /** A policy of {@code wardName} titled {@code title} with {@code goal}; every other part empty until set. */
    public static Builder builder(String wardName, String title, Goal goal) {
        return new Builder(wardName, title, goal);
    }

    /** A builder holding every part of this policy, to make a copy with some changed. */
    public Builder toBuilder() {
        return builder(wardName, title, basicGoal).pillars(pillarsIntro, pillars)
                .management(managementIntro, management).columns(columns).tables(tables).notes(notes)
                .headings(pillarsHeading, initiativesLabel).aliases(aliases);
    }

    /**
     * Every item in page order: the basic goal, the pillars' introduction, each pillar followed by its initiatives,
     * the management items' introduction, the management items, columns, tables and the notes. The three passages
     * are there even when blank, as the page's parts are.
     */
    public List<PolicyItem> items() {
        return placedItems().stream().map(PolicyItem.Placed::item).toList();
    }

    /** {@link #items()}, each with the pillar it is or stands under (for an initiative, the pillar above it). */
    public List<PolicyItem.Placed> placedItems() {
        List<PolicyItem.Placed> items = new ArrayList<>();
        items.add(new PolicyItem.Placed(basicGoal, null, 0));
        items.add(new PolicyItem.Placed(pillarsPassage(), null, 0));
        int number = 0;
        for (Pillar pillar : pillars) {
            items.add(new PolicyItem.Placed(pillar, pillar, ++number));
            for (Initiative initiative : pillar.initiatives()) {
                items.add(new PolicyItem.Placed(initiative, pillar, number));
            }
        }
        items.add(new PolicyItem.Placed(new Passage(PolicyItem.Kind.MANAGEMENT_INTRO, managementIntro), null, 0));
        for (List<? extends PolicyItem> part : List.of(management, columns, tables)) {
            part.forEach(item -> items.add(new PolicyItem.Placed(item, null, 0)));
        }
        items.add(new PolicyItem.Placed(new Passage(PolicyItem.Kind.NOTES, notes), null, 0));
        return items;
    }

    /**
     * The pillars' introduction with the document's own heading for the pillars and label for their initiatives:
     * all three are what {@code index.md} and {@code pillars/index.md} say of the pillars as a whole.
     */
    public Passage pillarsPassage() {
        return new Passage(PolicyItem.Kind.PILLARS_INTRO, pillarsHeading, initiativesLabel, pillarsIntro);
    }

    /** The basic goal's statement, as the page prints it. */
    public String goal() {
        return basicGoal.statement();
    }

    /** A tagline printed with the goal, or empty. */
    public String slogan() {
        return basicGoal.slogan();
    }

    /** Prose explaining the goal. */
    public Markdown goalText() {
        return basicGoal.body();
    }

    /** Mascot characters. */
    public List<Mascot> mascots() {
        return basicGoal.mascots();
    }

    /** Captions of photos not tied to one item. */
    public List<Caption> captions() {
        return basicGoal.captions();
    }

    /** The state of the main file ({@code index.md}, which holds the title and the goal) in this language. */
    public Translation translation() {
        return basicGoal.translation();
    }

    private static void requireKind(List<Section> sections, PolicyItem.Kind kind) {
        for (Section section : sections) {
            if (section.kind() != kind) {
                throw new IllegalArgumentException(section.id() + " is a " + section.kind() + ", listed as " + kind);
            }
        }
    }

    /** Makes a {@link Policy} part by part; an intro or the notes not set is blank, a list not set is empty. */
    public static final class Builder {

        private final String wardName;
        private final String title;
        private final Goal goal;
        private Markdown pillarsIntro;
        private List<Pillar> pillars = List.of();
        private Markdown managementIntro;
        private List<Section> management = List.of();
        private List<Section> columns = List.of();
        private List<Table> tables = List.of();
        private Markdown notes;
        private String pillarsHeading = "";
        private String initiativesLabel = "";
        private Map<String, List<String>> aliases = Map.of();

        private Builder(String wardName, String title, Goal goal) {
            this.wardName = wardName;
            this.title = title;
            this.goal = goal;
            Markdown blank = new Markdown("", goal.body().origin());
            this.pillarsIntro = blank;
            this.managementIntro = blank;
            this.notes = blank;
        }

        /** The pillars with the prose introducing them (blank when there is none). */
        public Builder pillars(Markdown intro, List<Pillar> pillars) {
            this.pillarsIntro = intro;
            this.pillars = pillars;
            return this;
        }

        /** The organisational-management items with the prose introducing them (blank when there is none). */
        public Builder management(Markdown intro, List<Section> management) {
            this.managementIntro = intro;
            this.management = management;
            return this;
        }

        public Builder columns(List<Section> columns) {
            this.columns = columns;
            return this;
        }

        public Builder tables(List<Table> tables) {
            this.tables = tables;
            return this;
        }

        public Builder notes(Markdown notes) {
            this.notes = notes;
            return this;
        }

        /** The document's own heading for the pillars part and label for their initiatives (empty: the usual ones). */
        public Builder headings(String pillarsHeading, String initiativesLabel) {
            this.pillarsHeading = pillarsHeading;
            this.initiativesLabel = initiativesLabel;
            return this;
        }

        /** Earlier ids of items, by the id of the item now carrying them. */
        public Builder aliases(Map<String, List<String>> aliases) {
            this.aliases = aliases;
            return this;
        }

        public Policy build() {
            return new Policy(wardName, title, goal, pillarsIntro, pillars, managementIntro, management, columns,
                    tables, notes, pillarsHeading, initiativesLabel, aliases);
        }
    }
}
