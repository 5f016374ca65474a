package org.hoshin.publish;

import static org.hoshin.publish.OutputFolderException.reason;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hoshin.content.Message;
import org.hoshin.stages.OutputTree;
import org.hoshin.stages.SiteConfig;

/**
 * Replaces the site folder so that a build killed at any instant leaves a complete site: the new site is written
 * to the sibling {@code <out>.new}, then {@code <out>} is renamed to {@code <out>.old}, {@code <out>.new} to
 * {@code <out>}, and {@code <out>.old} is deleted. The next run first restores a missing {@code <out>} from
 * {@code <out>.old} and removes leftovers, but only folders carrying hoshin's marker (see {@link OutputGuard}).
 * Files are made world-readable (folders 0755, files 0644) whatever the umask, so a web server running as
 * another user can serve them.
 */
public final class SiteWriter {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    private final Path out;
    private final Path target;
    private final Path fresh;
    private final Path old;
    private final Consumer<String> notes;

    private SiteWriter(Path out, Consumer<String> notes) {
        this.out = out;
        this.notes = notes;
        this.target = out.toAbsolutePath().normalize();
        this.fresh = target.resolveSibling(target.getFileName() + ".new");
        this.old = target.resolveSibling(target.getFileName() + ".old");
    }

    /**
     * Checks that the configured output folder may be replaced, restores it from {@code <out>.old} if an earlier
     * build was interrupted between its two renames, and removes the temporary folders such a build left.
     *
     * @param notes told what the writer did besides writing the site (a restored or leftover folder)
     */
    public static SiteWriter open(SiteConfig config, Consumer<String> notes) throws OutputFolderException {
        OutputGuard guard = OutputGuard.of(config);
        guard.checkLocation(config.outputDir());
        SiteWriter writer = new SiteWriter(config.outputDir(), notes);
        writer.recover(guard);
        return writer;
    }

    private void recover(OutputGuard guard) throws OutputFolderException {
        for (Path sibling : List.of(fresh, old)) {
            if (Files.isSymbolicLink(sibling)) {
                throw new OutputFolderException(shown(sibling), true, "output.linkInTheWay");
            }
        }
        try {
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && OutputGuard.isOurs(old)) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                notes.accept(Message.format("output.restored", out, shown(old)));
            }
        } catch (IOException e) {
            throw new OutputFolderException(shown(old), true, "output.cannotRestore", reason(e), out);
        }
        guard.checkReplaceable(out);
        removeLeftover(old);
        removeLeftover(fresh);
    }

    private void removeLeftover(Path leftover) throws OutputFolderException {
        if (!Files.exists(leftover, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (OutputGuard.isOurs(leftover) || OutputGuard.isEmptyOrOnlyMarker(leftover)) {
                deleteTree(leftover);
                return;
            }
        } catch (IOException e) {
            throw new OutputFolderException(shown(leftover), true, "output.cannotRemoveLeftover", reason(e));
        }
        throw new OutputFolderException(shown(leftover), true, "output.nameInTheWay");
    }

    /** Writes {@code tree}, kept in memory, to {@code <out>.new} and swaps it in ({@link #begin}, then commit). */
    public void replace(OutputTree tree) throws OutputFolderException {
        Staging staging = begin();
        try {
            for (var file : tree.files().entrySet()) {
                staging.write(file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            staging.abort();
            throw staging.failure(e);
        }
        staging.commit();
    }

    /**
     * Starts the new site in {@code <out>.new}, marked as hoshin's first, so that a build killed while writing leaves
     * a leftover the next build recognises and removes.
     */
    public Staging begin() throws OutputFolderException {
        try {
            Files.createDirectory(fresh);
        } catch (IOException e) {
            throw new OutputFolderException(shown(fresh), true, "output.cannotCreate", reason(e));
        }
        try {
            publish(fresh, FOLDER);
            writeMarker(fresh);
        } catch (IOException e) {
            deleteQuietly(fresh);
            throw new OutputFolderException(shown(fresh), true, "output.cannotWrite", reason(e));
        }
        return new Staging();
    }

    /**
     * The new site being written: files go in as the build makes them ({@link OutputTree#writingTo}); then either
     * {@link #commit} swaps it in, or {@link #abort} removes it and the published site stays as it was.
     */
    public final class Staging implements OutputTree.Folder {

        private final Set<Path> folders = new HashSet<>(Set.of(fresh));
        /** Set once the folder was swapped in or removed: {@code <out>.new} is then no longer this site. */
        private boolean closed;

        private Staging() {
        }

        @Override
        public synchronized void write(String relative, byte[] bytes) throws IOException {
            Path path = inside(relative);
            folder(path.getParent(), folders);
            writeFile(path, bytes);
        }

        @Override
        public synchronized byte[] read(String relative) throws IOException {
            return Files.readAllBytes(inside(relative));
        }

        /** The file's place in the new folder; a page path leading out of it is a mistake in hoshin, not content. */
        private Path inside(String relative) {
            if (closed) {
                throw new IllegalStateException("the new site was already moved into place or removed");
            }
            Path path = fresh.resolve(relative).normalize();
            if (!path.startsWith(fresh) || path.equals(fresh)) {
                throw new IllegalStateException("page path outside the site: " + relative);
            }
            return path;
        }

        /** Removes the unfinished site (the build failed); the published one was never touched. */
        public synchronized void abort() {
            closed = true;
            deleteQuietly(fresh);
        }

        /** Swaps the finished site in; the message of a failure says what is left. */
        public synchronized void commit() throws OutputFolderException {
            closed = true;
            swap();
        }

        /** Why writing failed, as the user is told. */
        public OutputFolderException failure(IOException e) {
            return new OutputFolderException(shown(fresh), true, "output.cannotWrite", reason(e));
        }
    }

    private void swap() throws OutputFolderException {
        boolean hadOld = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (hadOld) {
            boolean marked = false;
            try {
                if (!OutputGuard.isOurs(target)) {
                    marked = true;
                    Files.deleteIfExists(target.resolve(OutputGuard.MARKER));
                    writeMarker(target);
                }
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                deleteQuietly(fresh);
                throw new OutputFolderException(out, !marked, "output.cannotMoveAside", reason(e));
            }
        }
        IOException swapFailure = null;
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            swapFailure = e;
        }
        if (swapFailure != null) {
            throw putBack(swapFailure, hadOld);
        }
        if (hadOld) {
            try {
                deleteTree(old);
            } catch (IOException e) {
                notes.accept(Message.format("output.oldNotRemoved", shown(old), reason(e)));
            }
        }
    }

    /** After the new site could not be moved into place: puts the previous one back, or says where it is. */
    private OutputFolderException putBack(IOException failure, boolean hadOld) {
        deleteQuietly(fresh);
        if (!hadOld) {
            return new OutputFolderException(out, true, "output.cannotSwap", reason(failure));
        }
        try {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            return new OutputFolderException(out, true, "output.cannotSwap", reason(failure));
        } catch (IOException e) {
            return new OutputFolderException(out, false, "output.cannotSwapOldKept", reason(failure), shown(old));
        }
    }

    private static void folder(Path dir, Set<Path> made) throws IOException {
        if (made.contains(dir)) {
            return;
        }
        folder(dir.getParent(), made);
        Files.createDirectory(dir);
        publish(dir, FOLDER);
        made.add(dir);
    }

    private static void writeMarker(Path dir) throws IOException {
        writeFile(dir.resolve(OutputGuard.MARKER), OutputGuard.MARKER_TEXT.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeFile(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        publish(file, FILE);
    }

    /** Sets permissions explicitly: temp-folder defaults and umask would otherwise decide. */
    private static void publish(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    /**
     * Deletes a folder tree without following symbolic links (a link is removed, not what it points at); a site's
     * marker goes last, so a half-deleted site folder is still recognised as hoshin's by the next build.
     */
    static void deleteTree(Path root) throws IOException {
        Path marker = root.resolve(OutputGuard.MARKER);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.equals(marker)) {
                    Files.delete(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                if (dir.equals(root)) {
                    Files.deleteIfExists(marker);
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteQuietly(Path dir) {
        try {
            if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(dir);
            }
        } catch (IOException e) {
            // left for the next build, which removes marked leftovers before it writes
        }
    }

    /** How the output folder's sibling is named to the user, next to the output as the user named it. */
    private Path shown(Path sibling) {
        return out.resolveSibling(sibling.getFileName());
    }
}
