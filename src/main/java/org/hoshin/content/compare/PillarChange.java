package org.hoshin.content.compare;

import java.util.List;
import org.hoshin.content.Initiative;
import org.hoshin.content.Pillar;

/**
 * A pillar across two editions and its initiatives, matched within the pillar (an added pillar's initiatives are
 * all added, a removed pillar's all removed).
 *
 * @param pillar      the pillar's own title and summary
 * @param initiatives its initiatives, in the newer edition's order
 */
public record PillarChange(ItemChange<Pillar> pillar, List<ItemChange<Initiative>> initiatives) {

    public PillarChange {
        initiatives = List.copyOf(initiatives);
    }
}
