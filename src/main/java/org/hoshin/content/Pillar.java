package org.hoshin.content;

import java.util.List;

/**
 * A policy pillar (目標達成に向けた施策): one of the few directions under which a ward groups its initiatives.
 *
 * @param id          stable anchor id
 * @param title       the pillar's title
 * @param summary     the pillar's summary text
 * @param initiatives its initiatives in reading order
 * @param captions    captions of photos printed with the pillar itself
 * @param origin      the file it was read from
 * @param translation whether the text is translated, stale or missing (Japanese shown)
 */
public record Pillar(String id, String title, Markdown summary, List<Initiative> initiatives,
                     List<Caption> captions, Location origin, Translation translation) implements PolicyItem {

    public Pillar {
        initiatives = List.copyOf(initiatives);
        captions = List.copyOf(captions);
    }

    @Override
    public Kind kind() {
        return Kind.PILLAR;
    }

    /** Its summary. */
    @Override
    public Markdown body() {
        return summary;
    }
}
