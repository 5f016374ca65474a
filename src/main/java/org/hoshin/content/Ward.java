package org.hoshin.content;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A ward and every edition of its policy. What does not change from year to year (id, names, the ward office's
 * web address) lives here once; everything a year publishes lives in its {@link Edition}.
 *
 * @param id        romanised ward id used in URLs (izumi)
 * @param names     the ward's names from the city's list of wards
 * @param officeUrl the ward office's official web site, the authoritative source residents are sent to
 * @param editions  the editions, oldest first; never empty
 * @param origin    the ward's metadata file ({@code ward.yaml})
 */
public record Ward(String id, YokohamaWards.Entry names, String officeUrl, List<Edition> editions,
                   Location origin) {

    public Ward {
        editions = editions.stream().sorted(Comparator.comparingInt(e -> e.fiscalYear().start())).toList();
        if (editions.isEmpty()) {
            throw new IllegalArgumentException("a ward needs at least one edition: " + id);
        }
    }

    /** The newest edition: the one the ward's own address shows. */
    public Edition latest() {
        return editions.get(editions.size() - 1);
    }

    /** The edition just before {@code edition}, if the site has one. */
    public Optional<Edition> previous(Edition edition) {
        int index = editions.indexOf(edition);
        return index > 0 ? Optional.of(editions.get(index - 1)) : Optional.empty();
    }

    /** The ward's name in {@code lang} ("泉区", "Izumi Ward"). */
    public String name(Lang lang) {
        return lang.isJapanese() ? names.japaneseWithKu() : names.english();
    }
}
