package org.hoshin.content.compare;

import java.util.List;
import org.hoshin.content.Caption;
import org.hoshin.content.PolicyItem;
import org.hoshin.content.Table;

/**
 * The parts of an item that matching and comparing look at, whatever kind of item it is.
 *
 * @param id      the item's anchor id: the same id in both years is the same item
 * @param label   what identifies the item to a reader (title and program): compared by similarity when the id
 *                changed between years
 * @param content everything a reader sees of the item; any difference makes the item "changed"
 */
record Comparand(String id, String label, String content) {

    /** The parts of {@code item}: a table's content is its cells; any other item's its title, text and photos. */
    static Comparand of(PolicyItem item) {
        if (item instanceof Table t) {
            return new Comparand(t.id(), t.title(), t.title() + "\n" + String.join("\t", t.header()) + "\n"
                    + String.join("\n", t.rows().stream().map(r -> String.join("\t", r)).toList()));
        }
        String label = item.kind() == PolicyItem.Kind.INITIATIVE ? item.title() + "\n" + item.program() : item.title();
        return new Comparand(item.id(), label, label + "\n" + item.body().source() + captions(item.captions()));
    }

    /** Photo captions, which a reader sees with the item, as part of its content. */
    static String captions(List<Caption> captions) {
        return captions.isEmpty() ? "" : "\n" + String.join("\n", captions.stream().map(Caption::text).toList());
    }
}
