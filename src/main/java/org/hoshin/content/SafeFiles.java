package org.hoshin.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one way hoshin reads the folders editors own ({@code content/}, {@code templates/}, {@code seeds/}). A
 * symbolic link could publish any file on the machine ({@code notes.md → /etc/passwd}) and a FIFO would block the
 * build forever, so every entry is inspected with {@link LinkOption#NOFOLLOW_LINKS} before it is opened, and
 * anything that is not a plain file or folder is refused with a message saying what to do.
 */
public final class SafeFiles {

    /** Largest file read; policy texts are a few hundred kilobytes. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    /** Editor backups, swap and lock files and Finder metadata: never content. */
    private static final Pattern EDITOR_LEFTOVER = Pattern.compile(
            "^\\..*|.*~$|.*\\.sw[a-p]$|^#.*#$|.*\\.(bak|orig|tmp)$");

    /** What an entry on disk is, judged without following links. */
    public enum Kind { ABSENT, FILE, DIRECTORY }

    private SafeFiles() {
    }

    /** True for names editors' tools leave beside content ({@code 03.md~}, {@code .#03.md}, {@code .DS_Store}). */
    public static boolean isEditorLeftover(String name) {
        return EDITOR_LEFTOVER.matcher(name).matches();
    }

    /**
     * What {@code path} is: absent, a plain file or a folder. Anything else — a symbolic link, FIFO, device or
     * socket — is an error, found without opening it.
     */
    public static Kind kind(Path path, Path shown) throws ContentException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return Kind.ABSENT;
        } catch (IOException e) {
            throw error(shown, "safeFile.cannotInspect", e.getMessage());
        }
        if (attributes.isSymbolicLink()) {
            throw error(shown, "safeFile.symlink");
        }
        if (attributes.isRegularFile()) {
            return Kind.FILE;
        }
        if (attributes.isDirectory()) {
            return Kind.DIRECTORY;
        }
        throw error(shown, "safeFile.special");
    }

    /** True when {@code path} is a plain file, false when absent; a folder or a link here is an error. */
    public static boolean isFile(Path path, Path shown) throws ContentException {
        Kind kind = kind(path, shown);
        if (kind == Kind.DIRECTORY) {
            throw error(shown, "safeFile.folderNotFile");
        }
        return kind == Kind.FILE;
    }

    /** True when {@code path} is a folder, false when absent; a file or a link here is an error. */
    public static boolean isDirectory(Path path, Path shown) throws ContentException {
        Kind kind = kind(path, shown);
        if (kind == Kind.FILE) {
            throw error(shown, "safeFile.fileNotFolder");
        }
        return kind == Kind.DIRECTORY;
    }

    /** Reads a plain file, refusing links and special files before opening, and files over {@link #MAX_BYTES}. */
    public static byte[] read(Path file, Path shown) throws ContentException {
        if (!isFile(file, shown)) {
            throw error(shown, "safeFile.notFound");
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw error(shown, "safeFile.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw error(shown, "safeFile.cannotRead", e.getMessage());
        }
    }

    /**
     * The one way hoshin writes into a folder editors own: {@code root/relative} is checked first (inside
     * {@code root}, no link or special file in any component, {@link #checkChain}), missing folders are made, and
     * the bytes go into a temporary file beside the target that is then moved over it ({@link #replace}), so an
     * interrupted write leaves the old file or the new one, never half of one.
     *
     * @return the file written
     */
    public static Path write(Path root, String relative, Path shownRoot, byte[] bytes)
            throws ContentException, IOException {
        if (kind(root, shownRoot) != Kind.DIRECTORY) {
            throw error(shownRoot, "safeFile.notFound");
        }
        Path file = checkChain(root, relative, shownRoot);
        isFile(file, shownRoot.resolve(relative));
        Files.createDirectories(file.getParent());
        checkChain(root, relative, shownRoot);
        replace(file, bytes);
        return file;
    }

    /**
     * Replaces {@code file} by {@code bytes} atomically: a temporary file in the same folder, then a rename over
     * the target (which replaces a link itself, never what it points to). The caller has checked the path.
     */
    public static void replace(Path file, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + "-", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The entries of a folder, sorted, without editors' leftovers; each is a plain file or folder (a link or
     * special file is an error).
     */
    public static List<Path> list(Path dir, Path shown) throws ContentException {
        List<Path> children;
        try (Stream<Path> entries = Files.list(dir)) {
            children = entries.filter(p -> !isEditorLeftover(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw error(shown, "safeFile.cannotList", e.getMessage());
        }
        List<ContentError> errors = new ArrayList<>();
        for (Path child : children) {
            try {
                kind(child, shown.resolve(child.getFileName().toString()));
            } catch (ContentException e) {
                errors.addAll(e.errors());
            } catch (InvalidPathException e) {
                errors.add(unreadableName(shown).errors().get(0));
            }
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return children;
    }

    /**
     * Checks a whole tree before anything in it is read: every link, FIFO, device or socket under {@code root}
     * (editors' leftovers aside) is reported, and none is followed or opened.
     *
     * @param shown how to name {@code root} in messages; entries are named below it
     */
    public static void checkTree(Path root, Path shown) throws ContentException {
        if (kind(root, shown) != Kind.DIRECTORY) {
            return;
        }
        List<ContentError> errors = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isEditorLeftover(dir.getFileName().toString())
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile() && !isEditorLeftover(file.getFileName().toString())) {
                        try {
                            kind(file, shown.resolve(root.relativize(file).toString()));
                        } catch (ContentException e) {
                            errors.addAll(e.errors());
                        } catch (InvalidPathException e) {
                            errors.add(unreadableName(shown).errors().get(0));
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw error(shown, "safeFile.cannotList", e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
    }

    /**
     * Checks every component from {@code root} (exclusive) down to {@code root/relative}: none may be a link or
     * special file, every folder on the way must be a folder, and {@code relative} may not leave {@code root}.
     *
     * @return the resolved path
     */
    public static Path checkChain(Path root, String relative, Path shownRoot) throws ContentException {
        Path target = inside(root, relative, shownRoot);
        Path current = root;
        Path shown = shownRoot;
        for (Path part : root.relativize(target)) {
            current = current.resolve(part.toString());
            shown = shown.resolve(part.toString());
            Kind kind = current.equals(target) ? kind(current, shown) : isDirectory(current, shown) ? Kind.DIRECTORY
                    : Kind.ABSENT;
            if (kind == Kind.ABSENT) {
                break;
            }
        }
        return target;
    }

    /**
     * Resolves a relative name inside {@code root}, refusing absolute names, {@code ..} and anything that would
     * leave the folder, and names the current locale cannot represent.
     */
    public static Path inside(Path root, String relative, Path shownRoot) throws ContentException {
        try {
            Path rel = Path.of(relative);
            Path target = root.resolve(rel).normalize();
            boolean escapes = rel.isAbsolute() || relative.isEmpty()
                    || Stream.of(relative.split("[/\\\\]")).anyMatch(s -> s.equals("..") || s.isEmpty())
                    || !target.startsWith(root.normalize());
            if (escapes) {
                throw error(shownRoot, "safeFile.leavesFolder", relative, shownRoot);
            }
            return target;
        } catch (InvalidPathException e) {
            throw unreadableName(shownRoot.resolve("?"));
        }
    }

    /** The error for a file name the current locale cannot represent (Japanese names under {@code LANG=C}). */
    public static ContentException unreadableName(Path shown) {
        return error(shown, "safeFile.unreadableName");
    }

    private static ContentException error(Path shown, String key, Object... args) {
        return new ContentException(ContentError.of(Location.of(shown), key, args));
    }
}
