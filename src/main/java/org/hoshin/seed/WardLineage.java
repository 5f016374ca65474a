package org.hoshin.seed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLayout;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Edition;
import org.hoshin.content.PublishedAnchors;
import org.hoshin.content.SafeFiles;
import org.hoshin.content.Ward;

/**
 * The editions a ward already has, as import needs them to give a new edition's items their identity: the edition
 * to pair the new items with, the edition whose English to carry over, and every id the ward has ever used.
 *
 * @param editions the ward's editions on disk, oldest first (none for a ward's first import)
 * @param year     the fiscal year being imported
 * @param used     every id and alias of every edition, and every anchor any edition has published
 */
record WardLineage(List<Edition> editions, int year, Set<String> used) {

    WardLineage {
        editions = List.copyOf(editions);
        used = Set.copyOf(used);
    }

    /**
     * The ward's editions in {@code contentDir}, read and checked; none when the ward has no folder yet. The edition
     * being imported is read only if it can be (import rewrites it, and reports its problems itself).
     */
    static WardLineage read(Path contentDir, String wardId, int year) throws ContentException {
        Path wardDir = contentDir.resolve(ContentLayout.WARDS).resolve(wardId);
        if (!SafeFiles.isDirectory(wardDir, wardDir)
                || !SafeFiles.isFile(wardDir.resolve(ContentLayout.WARD_FILE), wardDir)) {
            return new WardLineage(List.of(), year, Set.of());
        }
        String self = Integer.toString(year);
        ContentLoader loader = new ContentLoader(contentDir.toAbsolutePath().getParent());
        List<Path> folders = SafeFiles.list(wardDir, wardDir).stream()
                .filter(p -> !p.getFileName().toString().equals(ContentLayout.WARD_FILE)).toList();
        List<Edition> editions = new ArrayList<>();
        if (folders.stream().anyMatch(p -> !p.getFileName().toString().equals(self))) {
            editions.addAll(loader.loadWard(wardDir, p -> !p.getFileName().toString().equals(self)).editions());
        }
        if (folders.stream().anyMatch(p -> p.getFileName().toString().equals(self))) {
            try {
                editions.addAll(loader.loadWard(wardDir, p -> p.getFileName().toString().equals(self)).editions());
            } catch (ContentException e) {
                // its items cannot keep their ids; the nearest other edition gives them instead
            }
        }
        Set<String> used = new TreeSet<>();
        for (Edition edition : editions) {
            used.addAll(PublishedAnchors.anchorsOf(edition.japanese()));
        }
        return new WardLineage(editions, year, used);
    }

    /**
     * The edition whose ids the new one should keep: the same edition when it is imported again (its items keep
     * the ids they already have), else the nearest earlier edition, else the nearest later one.
     */
    Optional<Edition> reference() {
        return editions.stream().filter(e -> e.fiscalYear().start() == year).findFirst().or(this::neighbour);
    }

    /**
     * The edition whose translations carry over: the nearest earlier edition, else the nearest later one (the same
     * Japanese has the same English, whatever the year).
     */
    Optional<Edition> neighbour() {
        Optional<Edition> earlier = editions.stream().filter(e -> e.fiscalYear().start() < year)
                .max(Comparator.comparingInt(e -> e.fiscalYear().start()));
        return earlier.or(() -> editions.stream().filter(e -> e.fiscalYear().start() > year)
                .min(Comparator.comparingInt(e -> e.fiscalYear().start())));
    }
}
