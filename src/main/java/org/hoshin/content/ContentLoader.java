package org.hoshin.content;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * Loads and validates everything under {@code content/}. All problems of all files are collected, so an editor
 * sees every mistake at once, each as {@code path:line: message}. The whole tree is checked for links and special
 * files first ({@link SafeFiles}), so nothing outside {@code content/} is ever read or published.
 */
public final class ContentLoader {

    private final Path projectRoot;
    private final WardCache cache;
    private final Executor pool;

    /** @param projectRoot the folder file names in messages are relative to */
    public ContentLoader(Path projectRoot) {
        this(projectRoot, null);
    }

    /** A loader that reuses the wards in {@code cache} whose files did not change ({@code null}: none). */
    public ContentLoader(Path projectRoot, WardCache cache) {
        this(projectRoot, cache, null);
    }

    /** As {@link #ContentLoader(Path, WardCache)}, reading the wards on {@code pool}'s threads too ({@code null}: not). */
    public ContentLoader(Path projectRoot, WardCache cache, Executor pool) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.cache = cache;
        this.pool = pool;
    }

    /** One ward folder read: the ward, or what is wrong with it. */
    private record Read(Ward ward, List<ContentError> errors) {
    }

    public SiteContent load(Path contentDir) throws ContentException {
        Path wardsDir = contentDir.resolve(ContentLayout.WARDS);
        SafeFiles.checkTree(contentDir, display(contentDir));
        if (!SafeFiles.isDirectory(wardsDir, display(wardsDir))) {
            throw new ContentException(ContentError.of(Location.of(display(wardsDir)), "contentFolder.noWards"));
        }
        List<ContentError> errors = new ArrayList<>();
        List<Ward> wards = new ArrayList<>();
        for (Read read : Parallel.map(pool, sortedChildren(wardsDir), this::read)) {
            errors.addAll(read.errors());
            if (read.ward() != null) {
                wards.add(read.ward());
            }
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        if (wards.isEmpty()) {
            throw new ContentException(ContentError.of(Location.of(display(wardsDir)), "contentFolder.noWardContent"));
        }
        return new SiteContent(wards);
    }

    /**
     * Reads and validates one ward folder alone ({@code content/wards/izumi}) with only the edition folders
     * {@code editions} accepts: for import, which pairs a new edition with the ward's others without depending on
     * the rest of the content, nor on the edition it is about to rewrite.
     */
    public Ward loadWard(Path wardDir, Predicate<Path> editions) throws ContentException {
        for (Path child : sortedChildren(wardDir)) {
            if (editions.test(child)) {
                SafeFiles.checkTree(child, display(child));
            }
        }
        return new WardReader(this::display).read(wardDir, editions);
    }

    private Read read(Path wardDir) {
        try {
            if (SafeFiles.kind(wardDir, display(wardDir)) != SafeFiles.Kind.DIRECTORY) {
                return new Read(null, List.of(ContentError.of(Location.of(display(wardDir)),
                        "contentFolder.unexpectedFile")));
            }
            WardCache.Reader reader = editions -> new WardReader(this::display).read(wardDir, edition -> true,
                    editions);
            return new Read(cache == null ? reader.read(WardReader.Editions.FRESH) : cache.read(wardDir, reader),
                    List.of());
        } catch (ContentException e) {
            return new Read(null, e.errors());
        } catch (InvalidPathException e) {
            return new Read(null, SafeFiles.unreadableName(display(wardDir)).errors());
        }
    }

    /** The file as messages name it: relative to the project where possible. */
    public Path display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(projectRoot) ? projectRoot.relativize(absolute) : absolute;
    }

    /** A folder's entries, sorted, editors' leftovers left out, links and special files refused. */
    static List<Path> sortedChildren(Path dir) throws ContentException {
        return SafeFiles.list(dir, dir);
    }
}
