package org.hoshin.content;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads and validates everything under {@code content/}. All problems of all files are collected, so an editor
 * sees every mistake at once, each as {@code path:line: message}. The whole tree is checked for links and special
 * files first ({@link SafeFiles}), so nothing outside {@code content/} is ever read or published.
 */
public final class ContentLoader {

    private final Path projectRoot;
    private final WardCache cache;

    /** @param projectRoot the folder file names in messages are relative to */
    public ContentLoader(Path projectRoot) {
        this(projectRoot, null);
    }

    /** A loader that reuses the wards in {@code cache} whose files did not change ({@code null}: none). */
    public ContentLoader(Path projectRoot, WardCache cache) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.cache = cache;
    }

    public SiteContent load(Path contentDir) throws ContentException {
        Path wardsDir = contentDir.resolve(ContentLayout.WARDS);
        SafeFiles.checkTree(contentDir, display(contentDir));
        if (!SafeFiles.isDirectory(wardsDir, display(wardsDir))) {
            throw new ContentException(ContentError.of(Location.of(display(wardsDir)), "contentFolder.noWards"));
        }
        List<ContentError> errors = new ArrayList<>();
        List<Ward> wards = new ArrayList<>();
        for (Path wardDir : sortedChildren(wardsDir)) {
            if (SafeFiles.kind(wardDir, display(wardDir)) != SafeFiles.Kind.DIRECTORY) {
                errors.add(ContentError.of(Location.of(display(wardDir)), "contentFolder.unexpectedFile"));
                continue;
            }
            try {
                WardCache.Reader reader = () -> new WardReader(this::display).read(wardDir);
                wards.add(cache == null ? reader.read() : cache.read(wardDir, reader));
            } catch (ContentException e) {
                errors.addAll(e.errors());
            } catch (InvalidPathException e) {
                errors.addAll(SafeFiles.unreadableName(display(wardDir)).errors());
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
