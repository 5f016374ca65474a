package org.hoshin.content;

import java.util.List;

/**
 * A reference table printed in the policy, such as the city bureaus' projects carried out in the ward.
 *
 * @param id      stable anchor id
 * @param title   the table's caption
 * @param header  column headings
 * @param rows    the cells, row by row, each as long as the header
 * @param origin  the file it was read from
 * @param translation whether the text is translated, stale or missing (Japanese shown)
 */
public record Table(String id, String title, List<String> header, List<List<String>> rows, Location origin,
                    Translation translation) implements PolicyItem {

    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    @Override
    public Kind kind() {
        return Kind.TABLE;
    }

    /** A table has no prose: blank, at its file. */
    @Override
    public Markdown body() {
        return new Markdown("", origin);
    }

    /** A table has no photos. */
    @Override
    public List<Caption> captions() {
        return List.of();
    }
}
