package org.hoshin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content as it was on the default branch, which is what the site publishes: an id is published once it was
 * merged there, never because a local build saw it. The published commit is where the current work left the
 * default branch ({@code git merge-base HEAD origin/main}); on the default branch itself (as CI runs after a push,
 * an edit made in the browser included) it is also the commit before, so a push that removes an anchor fails
 * before it is deployed. Only the Japanese item files are taken from git ({@code git ls-tree} and
 * {@code git cat-file --batch}), written into a temporary folder for the same reader the build uses.
 *
 * @param branch  the default branch as found ({@code origin/main}, {@code main}, …), for messages
 * @param commits the published commits, newest first
 */
record PublishedContent(Git git, String prefix, String branch, List<String> commits) implements PublishedLookup {

    /** Branches tried in order when {@code HOSHIN_PUBLISHED_BRANCH} does not name one. */
    private static final List<String> DEFAULT_BRANCHES = List.of("origin/HEAD", "origin/main", "origin/master",
            "main", "master");
    /** Most bytes taken from one commit: far above any real content, far below the memory limit. */
    private static final long MAX_TOTAL_BYTES = 128L * 1024 * 1024;
    /** {@code <mode> blob <oid> <size>\t<path>} of {@code git ls-tree -l}. */
    private static final Pattern TREE_ENTRY = Pattern.compile("100(?:644|755) blob ([0-9a-f]+) +(\\d+)\t(.+)",
            Pattern.DOTALL);
    /** The Japanese files of an edition, relative to content/. */
    private static final Pattern JAPANESE_FILE = Pattern.compile("wards/[^/]+/[^/]+/ja/.+");

    /** Why the published commit could not be found, as a message key. */
    record NotFound(String key, Object... args) implements PublishedLookup {
    }

    /** The published content of the repository {@code contentDir} is in, or why there is none to compare with. */
    static PublishedLookup find(Path contentDir, String branchOverride) {
        Git git = new Git(contentDir);
        Optional<String> prefix = git.text("rev-parse", "--show-prefix");
        if (prefix.isEmpty()) {
            return new NotFound("published.noGit");
        }
        Optional<String> head = git.text("rev-parse", "-q", "--verify", "HEAD^{commit}");
        if (head.isEmpty()) {
            return new NotFound("published.noCommit");
        }
        List<String> candidates = branchOverride == null || branchOverride.isBlank() ? DEFAULT_BRANCHES
                : List.of(branchOverride.strip());
        for (String branch : candidates) {
            if (branch.startsWith("-")) {
                continue;
            }
            Optional<String> tip = git.text("rev-parse", "-q", "--verify", branch + "^{commit}");
            if (tip.isPresent()) {
                return published(git, prefix.get(), branch, head.get(), tip.get());
            }
        }
        return new NotFound("published.noBranch", String.join(", ", candidates));
    }

    private static PublishedLookup published(Git git, String prefix, String branch, String head, String tip) {
        Optional<String> base = git.text("merge-base", head, tip);
        if (base.isEmpty()) {
            return new NotFound("published.noMergeBase", branch);
        }
        List<String> commits = new ArrayList<>(List.of(base.get()));
        if (base.get().equals(head)) {
            git.text("rev-parse", "-q", "--verify", head + "^1").ifPresent(commits::add);
        }
        return new PublishedContent(git, prefix, branch, List.copyOf(commits));
    }

    /** The short name of {@code commit}, for messages. */
    String shortName(String commit) {
        return commit.substring(0, Math.min(10, commit.length()));
    }

    /**
     * Writes the Japanese files of every edition as they were at {@code commit} into {@code into} (laid out as
     * content/ is). Links, submodules and files over {@link SafeFiles#MAX_BYTES} are left out.
     *
     * @return false when git could not list or read the commit
     */
    boolean extract(String commit, Path into) throws IOException {
        Optional<byte[]> listing = git.bytes(null, "ls-tree", "-r", "-l", "-z", "--full-name", commit, "--",
                ContentLayout.WARDS);
        if (listing.isEmpty()) {
            return false;
        }
        List<String[]> wanted = new ArrayList<>();
        StringBuilder objects = new StringBuilder();
        long total = 0;
        for (String entry : new String(listing.get(), StandardCharsets.UTF_8).split("\0")) {
            Matcher m = TREE_ENTRY.matcher(entry);
            if (!m.matches() || !m.group(3).startsWith(prefix)) {
                continue;
            }
            String relative = m.group(3).substring(prefix.length());
            long size = Long.parseLong(m.group(2));
            if (!JAPANESE_FILE.matcher(relative).matches() || size > SafeFiles.MAX_BYTES
                    || (total += size) > MAX_TOTAL_BYTES) {
                continue;
            }
            wanted.add(new String[] {m.group(1), relative});
            objects.append(m.group(1)).append('\n');
        }
        Optional<byte[]> blobs = git.bytes(objects.toString().getBytes(StandardCharsets.US_ASCII), "cat-file",
                "--batch");
        if (blobs.isEmpty()) {
            return false;
        }
        write(blobs.get(), wanted, into);
        return true;
    }

    /** Splits {@code git cat-file --batch} output ({@code <oid> blob <size>\n<bytes>\n} each) into the files. */
    private static void write(byte[] batch, List<String[]> wanted, Path into) throws IOException {
        int at = 0;
        for (String[] file : wanted) {
            int headerEnd = indexOf(batch, (byte) '\n', at);
            String[] header = new String(batch, at, headerEnd - at, StandardCharsets.US_ASCII).split(" ");
            if (header.length != 3) {
                at = headerEnd + 1; // "<oid> missing": nothing follows
                continue;
            }
            int size = Integer.parseInt(header[2]);
            if (headerEnd + 1 + size > batch.length) {
                throw new IOException("git cat-file: truncated output");
            }
            try {
                Path target = SafeFiles.inside(into, file[1], into);
                Files.createDirectories(target.getParent());
                Files.write(target, Arrays.copyOfRange(batch, headerEnd + 1, headerEnd + 1 + size));
            } catch (ContentException e) {
                // a name this system cannot hold: that file's anchors are not compared
            }
            at = headerEnd + 1 + size + 1;
        }
    }

    private static int indexOf(byte[] bytes, byte wanted, int from) throws IOException {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        throw new IOException("git cat-file: truncated output");
    }
}
