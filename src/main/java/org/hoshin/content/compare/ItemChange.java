package org.hoshin.content.compare;

/**
 * What became of one item between two editions of a ward's policy: the unit a 新旧対照表 (comparison table) has one
 * row for.
 *
 * @param kind  added, removed, changed or unchanged
 * @param older the item in the earlier edition, or null when it was added
 * @param newer the item in the later edition, or null when it was removed
 * @param <T>   the kind of item (pillar, initiative, management item, column, the policy's goal)
 */
public record ItemChange<T>(Kind kind, T older, T newer) {

    /** How an item changed; "changed" means its title, program or text differs. */
    public enum Kind { ADDED, REMOVED, CHANGED, UNCHANGED }

    public ItemChange {
        if ((older == null) != (kind == Kind.ADDED) || (newer == null) != (kind == Kind.REMOVED)) {
            throw new IllegalArgumentException(kind + " needs " + (kind == Kind.ADDED ? "no older item"
                    : kind == Kind.REMOVED ? "no newer item" : "both items"));
        }
    }

    static <T> ItemChange<T> added(T newer) {
        return new ItemChange<>(Kind.ADDED, null, newer);
    }

    static <T> ItemChange<T> removed(T older) {
        return new ItemChange<>(Kind.REMOVED, older, null);
    }
}
