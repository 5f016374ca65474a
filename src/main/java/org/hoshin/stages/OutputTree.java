package org.hoshin.stages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The built site, path by path: kept in memory (the preview serves it from there; tests read it), or written at
 * once into the folder the publishing stage's writer is preparing, so that a large site is never held in memory whole (at
 * fifty times today's content the pages alone are 117 MB). Either way nothing reaches the published folder before
 * every page rendered: the writer swaps the prepared folder in only when the build succeeded.
 *
 * <p>The build's threads put their pages as they finish them, so every method is synchronised; what a page contains
 * never depends on the order in which files arrive.
 */
public final class OutputTree {

    /** A file of the new site could not be written or read back; the build fails and says where. */
    public static final class OutputFailure extends UncheckedIOException {
        public OutputFailure(IOException cause) {
            super(cause);
        }
    }

    /** Where a file that is not kept goes. */
    public interface Folder {
        void write(String path, byte[] bytes) throws IOException;

        byte[] read(String path) throws IOException;
    }

    private final SortedMap<String, Integer> sizes = new TreeMap<>();
    /** The files, when kept in memory; {@code null} when they are written to {@link #folder}. */
    private final SortedMap<String, byte[]> kept;
    private final Folder folder;

    /** A site kept in memory. */
    public OutputTree() {
        this.kept = new TreeMap<>();
        this.folder = null;
    }

    private OutputTree(Folder folder) {
        this.kept = null;
        this.folder = folder;
    }

    /** A site whose files are written to {@code folder} as they are put, and read back from there when asked for. */
    public static OutputTree writingTo(Folder folder) {
        return new OutputTree(folder);
    }

    public void put(String path, String text) {
        put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Adds a file; two files with one path are a mistake in the build, never in content.
     *
     * @throws OutputFailure when the file could not be written (the build then fails and its new folder goes)
     */
    public synchronized void put(String path, byte[] bytes) {
        if (sizes.putIfAbsent(path, bytes.length) != null) {
            throw new IllegalStateException("two pages want the same path: " + path);
        }
        if (kept != null) {
            kept.put(path, bytes);
            return;
        }
        try {
            folder.write(path, bytes);
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
    }

    /** Whether the site has a file at {@code path}. */
    public synchronized boolean contains(String path) {
        return sizes.containsKey(path);
    }

    /**
     * The file at {@code path}, or {@code null}; read back from disk while a site written as it is built is still
     * being built (the link check reads a few pages), refused once it was moved into place.
     *
     * @throws OutputFailure when the file could not be read back
     */
    public synchronized byte[] bytes(String path) {
        if (kept != null || !sizes.containsKey(path)) {
            return kept == null ? null : kept.get(path);
        }
        try {
            return folder.read(path);
        } catch (IOException e) {
            throw new OutputFailure(e);
        }
    }

    /** Whether the files are kept in memory (else they were written to a folder, and only their sizes kept). */
    public boolean inMemory() {
        return kept != null;
    }

    /** Number of files. */
    public synchronized int count() {
        return sizes.size();
    }

    /** Each file's size in bytes, by path, as it is now. */
    public synchronized SortedMap<String, Integer> sizes() {
        return Collections.unmodifiableSortedMap(new TreeMap<>(sizes));
    }

    /** The files of a site kept in memory, by path. */
    public synchronized SortedMap<String, byte[]> files() {
        if (kept == null) {
            throw new IllegalStateException("the site was written as it was built; read it with bytes(path)");
        }
        return Collections.unmodifiableSortedMap(kept);
    }
}
