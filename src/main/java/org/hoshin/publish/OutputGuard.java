package org.hoshin.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hoshin.content.Message;
import org.hoshin.stages.SiteConfig;

/**
 * Decides whether a folder may be replaced by a build. A build deletes the whole output folder, so a mistyped
 * {@code --out} (".", "content", the home folder) must never reach the writer: the output is only ever a folder
 * that is absent, empty, or was built by hoshin (it holds the {@link #MARKER} file every build writes).
 *
 * <p>Upgrade path: sites built before the marker existed have none. Such a folder is still accepted when it looks
 * exactly like what that version wrote: {@code index.html}, {@code sitemap.xml} and {@code ja/} present, nothing at
 * its top level that hoshin does not write, and no symbolic link anywhere inside. Anything else is refused.
 */
public final class OutputGuard {

    /** Name of the file every build writes into the site folder, so the next build knows it may replace it. */
    public static final String MARKER = ".hoshin-site";

    /**
     * Contents of the marker. Harmless if a host publishes it (GitHub Pages' upload action skips dotfiles in
     * recent versions; older ones publish this one line).
     */
    static final String MARKER_TEXT = "hoshin-site: this folder was written by 'hoshin build', which replaces it "
            + "whole on every build; keep nothing else here\n";

    /** What the last build without a marker wrote at the top level of the site. */
    private static final Set<String> LEGACY_NAMES = Set.of("index.html", "404.html", "sitemap.xml", "robots.txt",
            "ja", "en", "assets", "search");

    private final Path projectRoot;
    private final Map<Path, Message> sources = new LinkedHashMap<>();
    private final Path home;

    /**
     * @param projectRoot the project folder (where the command runs)
     * @param contentDir  the content folder
     * @param templates   the templates folder
     * @param home        the user's home folder
     */
    public OutputGuard(Path projectRoot, Path contentDir, Path templates, Path home) {
        this.projectRoot = canonical(projectRoot);
        sources.put(canonical(contentDir), Message.of("output.source.content"));
        sources.put(canonical(templates), Message.of("output.source.templates"));
        for (String name : new String[] {"seeds", "src", ".git"}) {
            sources.put(canonical(projectRoot.resolve(name)), Message.of("output.source.project", name));
        }
        this.home = canonical(home);
    }

    static OutputGuard of(SiteConfig config) {
        return new OutputGuard(config.projectRoot(), config.contentDir(), config.templatesDir(),
                Path.of(System.getProperty("user.home")));
    }

    /**
     * Refuses places that must never be replaced, whatever they hold: the file system root, the project folder
     * and its ancestors, the home folder, the project's sources, anything containing them or inside a source
     * folder, and a symbolic link (it would be replaced, not what it points at, and deleting through it is unsafe).
     *
     * @param out the output folder as the user named it
     */
    void checkLocation(Path out) throws OutputFolderException {
        Path absolute = out.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw refuse(out, Message.of("output.fileSystemRoot"));
        }
        if (Files.isSymbolicLink(absolute)) {
            throw new OutputFolderException(out, true, "output.symlink");
        }
        Path target = canonical(absolute);
        if (projectRoot.startsWith(target)) {
            throw refuse(out, Message.of(target.equals(projectRoot) ? "output.projectFolder"
                    : "output.containsProject"));
        }
        if (home.startsWith(target)) {
            throw refuse(out, Message.of(target.equals(home) ? "output.homeFolder" : "output.containsHome"));
        }
        for (Map.Entry<Path, Message> source : sources.entrySet()) {
            if (source.getKey().startsWith(target)) {
                throw refuse(out, Message.of(target.equals(source.getKey()) ? "output.isSource"
                        : "output.containsSource", source.getValue()));
            }
            if (target.startsWith(source.getKey())) {
                throw refuse(out, Message.of("output.insideSource", source.getValue()));
            }
        }
    }

    /** Refuses an existing output that is not a folder, or a folder that hoshin did not build and is not empty. */
    void checkReplaceable(Path out) throws OutputFolderException {
        Path absolute = out.toAbsolutePath().normalize();
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputFolderException(out, true, "output.isFile");
        }
        try {
            if (isEmptyOrOnlyMarker(absolute) || isOurs(absolute) || isLegacySite(absolute)) {
                return;
            }
        } catch (IOException e) {
            throw new OutputFolderException(out, true, "output.unreadable", OutputFolderException.reason(e));
        }
        throw new OutputFolderException(out, true, "output.notOurs", MARKER);
    }

    /** True for a real folder (not a link) holding the marker that every build writes. */
    static boolean isOurs(Path dir) throws IOException {
        Path marker = dir.resolve(MARKER);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        byte[] expected = MARKER_TEXT.getBytes(StandardCharsets.UTF_8);
        try (InputStream in = Files.newInputStream(marker, LinkOption.NOFOLLOW_LINKS)) {
            byte[] head = in.readNBytes(expected.length);
            return java.util.Arrays.equals(head, expected);
        }
    }

    /** True for a real folder that is empty or holds only a (possibly half-written) marker. */
    static boolean isEmptyOrOnlyMarker(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.allMatch(p -> p.getFileName().toString().equals(MARKER)
                    && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS));
        }
    }

    /** A site written by hoshin before the marker existed (see the class comment). */
    static boolean isLegacySite(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve("index.html"), LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(dir.resolve("sitemap.xml"), LinkOption.NOFOLLOW_LINKS)
                || !Files.isDirectory(dir.resolve("ja"), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> top = Files.list(dir)) {
            if (!top.allMatch(p -> LEGACY_NAMES.contains(p.getFileName().toString()))) {
                return false;
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            return all.noneMatch(Files::isSymbolicLink);
        }
    }

    private OutputFolderException refuse(Path out, Message why) {
        return new OutputFolderException(out, true, "output.refuse", why);
    }

    /** The absolute path with symbolic links resolved as far as the path exists. */
    static Path canonical(Path path) {
        Path existing = path.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        while (existing.getParent() != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        try {
            Path real = existing.toRealPath();
            while (!missing.isEmpty()) {
                real = real.resolve(missing.pop());
            }
            return real;
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
