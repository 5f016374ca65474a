package org.hoshin.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.Patch;
import java.util.List;
import org.hoshin.content.SourceHash;

/** A unified diff of two versions of a Japanese file, as {@code git diff} would show it, over normalised text. */
final class JapaneseDiff {

    /**
     * Changed lines per side diffed line by line at most: the diff's time grows with the product of its length and of
     * what changed, and past this a long file with many changed lines took minutes.
     */
    static final int LINE_DIFF_LIMIT = 3_000;

    private JapaneseDiff() {
    }

    /** The diff lines from {@code before} (labelled {@code beforeName}) to {@code after}, three lines of context. */
    static List<String> unified(String beforeName, String before, String afterName, String after) {
        List<String> oldLines = SourceHash.normalise(before).lines().toList();
        List<String> newLines = SourceHash.normalise(after).lines().toList();
        return UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, oldLines, bounded(oldLines, newLines), 3);
    }

    /**
     * The line diff when what lies between the common first and last lines is at most {@value #LINE_DIFF_LIMIT}
     * lines a side; otherwise that whole middle as one change (all its old lines removed, all its new ones added),
     * found in time proportional to the file.
     */
    private static Patch<String> bounded(List<String> oldLines, List<String> newLines) {
        int head = 0;
        while (head < oldLines.size() && head < newLines.size() && oldLines.get(head).equals(newLines.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < oldLines.size() - head && tail < newLines.size() - head
                && oldLines.get(oldLines.size() - 1 - tail).equals(newLines.get(newLines.size() - 1 - tail))) {
            tail++;
        }
        List<String> oldMiddle = oldLines.subList(head, oldLines.size() - tail);
        List<String> newMiddle = newLines.subList(head, newLines.size() - tail);
        if (oldMiddle.size() <= LINE_DIFF_LIMIT && newMiddle.size() <= LINE_DIFF_LIMIT) {
            return DiffUtils.diff(oldLines, newLines);
        }
        Patch<String> patch = new Patch<>();
        patch.addDelta(new ChangeDelta<>(new Chunk<>(head, oldMiddle), new Chunk<>(head, newMiddle)));
        return patch;
    }
}
