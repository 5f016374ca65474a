package org.hoshin.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;
import org.hoshin.content.SourceHash;

/** A unified diff of two versions of a Japanese file, as {@code git diff} would show it, over normalised text. */
final class JapaneseDiff {

    private JapaneseDiff() {
    }

    /** The diff lines from {@code before} (labelled {@code beforeName}) to {@code after}, three lines of context. */
    static List<String> unified(String beforeName, String before, String afterName, String after) {
        List<String> oldLines = SourceHash.normalise(before).lines().toList();
        List<String> newLines = SourceHash.normalise(after).lines().toList();
        return UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, oldLines,
                DiffUtils.diff(oldLines, newLines), 3);
    }
}
