package org.hoshin.content.compare;

import java.util.List;
import java.util.Map;
import org.hoshin.content.Initiative;
import org.hoshin.content.Pillar;

/**
 * A pillar across two editions and its initiatives. An initiative whose id is in another pillar of the older
 * edition moved here, and is listed as changed with the pillar it came from; the others are matched within the
 * pillar (so, apart from moved ones, an added pillar's initiatives are all added, a removed pillar's all removed).
 *
 * @param pillar      the pillar's own title and summary
 * @param initiatives its initiatives, in the newer edition's order
 * @param movedFrom   for each initiative that moved here from another pillar, by its id, that pillar of the older
 *                    edition
 */
public record PillarChange(ItemChange<Pillar> pillar, List<ItemChange<Initiative>> initiatives,
                           Map<String, Pillar> movedFrom) {

    public PillarChange {
        initiatives = List.copyOf(initiatives);
        movedFrom = Map.copyOf(movedFrom);
    }
}
