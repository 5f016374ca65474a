package org.hoshin.pages;

import java.util.List;
import org.hoshin.content.Ward;
import org.hoshin.content.YokohamaWards;

/**
 * What the pages and data of one edition show of its ward besides the edition itself: the ward's id and names, its
 * office's address and the years of its editions (an edition's page links every other year, the latest and the
 * previous one). Compared with {@code equals} among a result's inputs, so that an edit inside one edition of a ward
 * leaves the pages of its other editions as they were, while a new or removed edition or an edited {@code ward.yaml}
 * reaches every page of the ward.
 */
record WardOutline(String id, YokohamaWards.Entry names, String officeUrl, List<Integer> years) {

    static WardOutline of(Ward ward) {
        return new WardOutline(ward.id(), ward.names(), ward.officeUrl(),
                ward.editions().stream().map(e -> e.fiscalYear().start()).toList());
    }
}
