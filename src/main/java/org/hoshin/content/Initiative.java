package org.hoshin.content;

import java.util.List;

/**
 * One initiative (取組) under a policy pillar: what the ward will do, usually funded as a named program (事業).
 *
 * @param id       stable anchor id, shared by every language edition
 * @param title    the initiative's title
 * @param program  the program name (e.g. 防災対策事業), or empty
 * @param body     what the initiative does
 * @param captions captions of the photos printed beside it
 * @param themes   the editor's theme overrides from the Japanese file's {@code themes:} list (see {@link ThemeTag})
 * @param origin   the file it was read from
 * @param translation whether the text is translated, stale or missing (Japanese shown)
 */
public record Initiative(String id, String title, String program, Markdown body, List<Caption> captions,
                         List<ThemeTag> themes, Location origin, Translation translation) implements PolicyItem {

    public Initiative {
        captions = List.copyOf(captions);
        themes = List.copyOf(themes);
    }

    @Override
    public Kind kind() {
        return Kind.INITIATIVE;
    }
}
