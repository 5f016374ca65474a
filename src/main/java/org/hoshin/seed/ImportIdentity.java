package org.hoshin.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Message;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.Section;
import org.hoshin.content.Table;
import org.hoshin.content.compare.EditionPairing;

/**
 * The identity of a newly imported edition's items: pairs them with the ward's reference edition
 * ({@link WardLineage#reference}), gives them ids ({@link ItemIds}) and words, for the import summary, the pairings
 * made, the ones an editor should confirm, and the items that are new or gone.
 *
 * @param parsed  the policy as parsed, its ids by position
 * @param policy  the policy with its final ids
 * @param pairing how its items were paired with the reference edition's, or null for a ward's first edition
 * @param year    the reference edition's year (0 when none)
 */
record ImportIdentity(Policy parsed, Policy policy, EditionPairing pairing, int year) {

    /** Identifies {@code parsed} (ids by position, as the parser numbers them) within {@code lineage}. */
    static ImportIdentity of(Policy parsed, WardLineage lineage) {
        Optional<Edition> reference = lineage.reference();
        if (reference.isEmpty()) {
            return new ImportIdentity(parsed, parsed, null, 0);
        }
        EditionPairing pairing = EditionPairing.of(reference.get().japanese(), parsed);
        return new ImportIdentity(parsed, ItemIds.assign(parsed, pairing, lineage.used()), pairing,
                reference.get().fiscalYear().start());
    }

    /**
     * Lines for the import summary (none for a ward's first edition), naming each item's file from
     * {@code fileOfId} (final id to edition-relative path).
     */
    List<String> summary(java.util.Map<String, String> fileOfId) {
        if (pairing == null) {
            return List.of();
        }
        Policy identified = policy;
        List<String> lines = new ArrayList<>();
        List<String[]> items = items(parsed, identified);
        long sameTitle = pairing.pairs().stream().filter(p -> p.olderTitle().equals(p.newerTitle())).count();
        lines.add("  " + Message.format("import.pairing.header", year, pairing.pairs().size(), sameTitle));
        for (EditionPairing.Pair pair : pairing.pairs()) {
            String percent = String.format(Locale.ROOT, "%.0f", pair.score() * 100);
            if (!pair.sure()) {
                lines.add("    " + Message.format("import.pairing.unsure", pair.older(), pair.newerTitle(), year,
                        pair.olderTitle(), percent, fileOfId.getOrDefault(pair.older(), "ja/")));
            } else if (!pair.olderTitle().equals(pair.newerTitle())) {
                lines.add("    " + Message.format("import.pairing.renamed", pair.older(), pair.newerTitle(), year,
                        pair.olderTitle()));
            }
        }
        for (EditionPairing.Near near : pairing.near()) {
            String id = finalId(items, near.newer());
            lines.add("    " + Message.format("import.pairing.near", id, near.newerTitle(), year, near.older(),
                    near.olderTitle(), fileOfId.getOrDefault(id, "ja/")));
        }
        for (String[] item : items) {
            if (pairing.pairOf(item[0]).isEmpty()) {
                lines.add("    " + Message.format("import.pairing.new", item[1], item[2]));
            }
        }
        for (String gone : pairing.dropped()) {
            lines.add("    " + Message.format("import.pairing.dropped", year, gone));
        }
        return lines;
    }

    private static String finalId(List<String[]> items, String parsedId) {
        return items.stream().filter(i -> i[0].equals(parsedId)).map(i -> i[1]).findFirst().orElse(parsedId);
    }

    /** Every item as {parsed id, final id, title}, in reading order: both policies have the same shape. */
    private static List<String[]> items(Policy parsed, Policy identified) {
        List<String[]> items = new ArrayList<>();
        for (int p = 0; p < parsed.pillars().size(); p++) {
            Pillar a = parsed.pillars().get(p);
            Pillar b = identified.pillars().get(p);
            items.add(new String[] {a.id(), b.id(), a.title()});
            for (int i = 0; i < a.initiatives().size(); i++) {
                Initiative x = a.initiatives().get(i);
                items.add(new String[] {x.id(), b.initiatives().get(i).id(), x.title()});
            }
        }
        sections(items, parsed.management(), identified.management());
        sections(items, parsed.columns(), identified.columns());
        for (int t = 0; t < parsed.tables().size(); t++) {
            Table a = parsed.tables().get(t);
            items.add(new String[] {a.id(), identified.tables().get(t).id(), a.title()});
        }
        return items;
    }

    private static void sections(List<String[]> items, List<Section> parsed, List<Section> identified) {
        for (int s = 0; s < parsed.size(); s++) {
            items.add(new String[] {parsed.get(s).id(), identified.get(s).id(), parsed.get(s).title()});
        }
    }
}
