package org.hoshin.content.compare;

/**
 * The parts of an item that matching and comparing look at, whatever kind of item it is.
 *
 * @param id      the item's anchor id: the same id in both years is the same item
 * @param label   what identifies the item to a reader (title and program): compared by similarity when the id
 *                changed between years
 * @param content everything a reader sees of the item; any difference makes the item "changed"
 */
record Comparand(String id, String label, String content) {
}
