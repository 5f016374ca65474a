package org.hoshin.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoshin.content.Initiative;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.Section;
import org.hoshin.content.Table;
import org.hoshin.content.compare.EditionPairing;

/**
 * Gives the items of a newly imported edition their ids: a paired item keeps the id of the earlier edition's item
 * ({@link EditionPairing}), so its anchor, its translation and its row on the changes page follow it wherever it
 * moved; an unpaired item gets an id the ward has never used, so an old link never lands on an unrelated item.
 * Fresh ids keep the usual shape ({@code p3-7} under pillar {@code p3}, {@code m4}, {@code column2},
 * {@code table-3}), numbered after the highest number the ward ever used with that prefix.
 */
final class ItemIds {

    private final EditionPairing pairing;
    private final Set<String> taken;

    private ItemIds(EditionPairing pairing, Set<String> used) {
        this.pairing = pairing;
        this.taken = new HashSet<>(used);
    }

    /** {@code parsed} with every item's id chosen by {@code pairing}, never reusing one of {@code used}. */
    static Policy assign(Policy parsed, EditionPairing pairing, Set<String> used) {
        return new ItemIds(pairing, used).assign(parsed);
    }

    private Policy assign(Policy p) {
        // paired ids first, so a fresh id can never take one a paired item keeps
        pairing.pairs().forEach(pair -> taken.add(pair.older()));
        List<Pillar> pillars = new ArrayList<>();
        for (Pillar pillar : p.pillars()) {
            String id = idOf(pillar.id(), "p");
            List<Initiative> initiatives = new ArrayList<>();
            for (Initiative i : pillar.initiatives()) {
                initiatives.add(new Initiative(idOf(i.id(), id + "-"), i.title(), i.program(), i.body(),
                        i.captions(), i.themes(), i.origin(), i.translation()));
            }
            pillars.add(new Pillar(id, pillar.title(), pillar.summary(), initiatives, pillar.captions(),
                    pillar.origin(), pillar.translation()));
        }
        List<Table> tables = p.tables().stream().map(t -> new Table(idOf(t.id(), "table-"), t.title(), t.header(),
                t.rows(), t.origin(), t.translation())).toList();
        return p.toBuilder().pillars(p.pillarsIntro(), pillars)
                .management(p.managementIntro(), sections(p.management(), "m"))
                .columns(sections(p.columns(), "column")).tables(tables).build();
    }

    private List<Section> sections(List<Section> sections, String prefix) {
        return sections.stream().map(s -> new Section(s.kind(), idOf(s.id(), prefix), s.title(), s.body(), s.captions(),
                s.origin(), s.translation())).toList();
    }

    /** The paired item's id, or a fresh one with {@code prefix}. */
    private String idOf(String parsedId, String prefix) {
        return pairing.pairOf(parsedId).map(EditionPairing.Pair::older).orElseGet(() -> fresh(prefix));
    }

    /** {@code prefix} followed by one more than the highest number any taken id has after that prefix. */
    private String fresh(String prefix) {
        Pattern numbered = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,9})");
        int highest = 0;
        for (String id : taken) {
            Matcher m = numbered.matcher(id);
            if (m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        String id = prefix + (highest + 1);
        taken.add(id);
        return id;
    }
}
