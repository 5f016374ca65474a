package org.hoshin.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads and validates everything under {@code content/}. All problems of all files are collected, so an editor
 * sees every mistake at once, each as {@code path:line: message}.
 */
public final class ContentLoader {

    private final Path projectRoot;

    /** @param projectRoot the folder file names in messages are relative to */
    public ContentLoader(Path projectRoot) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
    }

    public SiteContent load(Path contentDir) throws ContentException {
        Path wardsDir = contentDir.resolve(ContentLayout.WARDS);
        if (!Files.isDirectory(wardsDir)) {
            throw new ContentException(new ContentError(Location.of(display(wardsDir)),
                    "no wards folder", "run 'hoshin import' to create content from the seeds"));
        }
        List<ContentError> errors = new ArrayList<>();
        List<Ward> wards = new ArrayList<>();
        for (Path wardDir : sortedChildren(wardsDir)) {
            if (!Files.isDirectory(wardDir)) {
                errors.add(new ContentError(Location.of(display(wardDir)), "unexpected file in the wards folder",
                        "each ward is a folder named by its id, such as wards/izumi/"));
                continue;
            }
            try {
                wards.add(new WardReader(this::display).read(wardDir));
            } catch (ContentException e) {
                errors.addAll(e.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        if (wards.isEmpty()) {
            throw new ContentException(new ContentError(Location.of(display(wardsDir)), "no ward content found",
                    "run 'hoshin import' to create content from the seeds"));
        }
        return new SiteContent(wards);
    }

    /** The file as messages name it: relative to the project where possible. */
    public Path display(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(projectRoot) ? projectRoot.relativize(absolute) : absolute;
    }

    static List<Path> sortedChildren(Path dir) throws ContentException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new ContentException(new ContentError(Location.of(dir), "cannot list folder: " + e.getMessage()));
        }
    }
}
