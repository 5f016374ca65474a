package org.hoshin.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.Location;
import org.hoshin.content.TextFiles;

/**
 * Reads the editors' English synonym groups ({@code content/search/synonyms-en.txt}): one group of equivalent
 * words or phrases a line, comma-separated. They are shipped with the index and applied in the browser at query
 * time, so editors can add a group without the index growing by a copy of every page.
 */
public final class Synonyms {

    public static final String FILE = "search/synonyms-en.txt";

    private Synonyms() {
    }

    /** The groups, each with at least two phrases; empty when the file does not exist. */
    public static List<List<String>> load(Path contentDir, Path shown) throws ContentException {
        Path file = contentDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String[] lines = TextFiles.readUtf8(file, shown).split("\n", -1);
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> phrases = Arrays.stream(line.split(",", -1)).map(String::strip).toList();
            int empty = phrases.indexOf("");
            if (phrases.size() < 2 || empty >= 0) {
                int column = 1;
                for (int comma = 0, k = 0; k < empty; k++) {
                    comma = lines[i].indexOf(',', comma) + 1;
                    column = comma + 1;
                }
                throw new ContentException(ContentError.of(new Location(shown, i + 1, column),
                        phrases.size() < 2 ? "search.synonymGroup" : "search.emptySynonym"));
            }
            groups.add(phrases.stream().map(p -> p.toLowerCase(java.util.Locale.ROOT)).toList());
        }
        return groups;
    }
}
