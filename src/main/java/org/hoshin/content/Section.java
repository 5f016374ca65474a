package org.hoshin.content;

import java.util.List;

/**
 * A titled block of prose: an organisational-management item (組織運営) or a column (コラム).
 *
 * @param kind     {@link Kind#MANAGEMENT} or {@link Kind#COLUMN}
 * @param id       stable anchor id
 * @param title    the heading
 * @param body     the prose
 * @param captions captions of photos printed beside it
 * @param origin   the file it was read from
 * @param translation whether the text is translated, stale or missing (Japanese shown)
 */
public record Section(Kind kind, String id, String title, Markdown body, List<Caption> captions, Location origin,
                      Translation translation) implements PolicyItem {

    public Section {
        if (kind != Kind.MANAGEMENT && kind != Kind.COLUMN) {
            throw new IllegalArgumentException("a section is a management item or a column, not " + kind);
        }
        captions = List.copyOf(captions);
    }
}
