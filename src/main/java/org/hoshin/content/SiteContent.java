package org.hoshin.content;

import java.util.Comparator;
import java.util.List;

/**
 * Everything under {@code content/}, checked and ready to render.
 *
 * @param wards the wards, in the city's order ({@link YokohamaWards#order}), which every list of wards follows
 */
public record SiteContent(List<Ward> wards) {

    public SiteContent {
        wards = wards.stream().sorted(Comparator.comparingInt((Ward w) -> YokohamaWards.order(w.id()))
                .thenComparing(Ward::id)).toList();
    }
}
