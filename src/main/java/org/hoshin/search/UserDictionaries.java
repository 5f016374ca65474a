package org.hoshin.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.Location;
import org.hoshin.content.SafeFiles;
import org.hoshin.content.TextFiles;

/**
 * Reads the editors' Kuromoji user dictionary ({@code content/search/userdict.csv}), checking each line first so a
 * mistake is reported at its line rather than as a parser exception.
 */
public final class UserDictionaries {

    public static final String FILE = "search/userdict.csv";

    private UserDictionaries() {
    }

    /** The dictionary, or null when the file does not exist. */
    public static UserDictionary load(Path contentDir, Path shown) throws ContentException {
        Path file = SafeFiles.checkChain(contentDir, FILE, contentDir);
        if (!SafeFiles.isFile(file, shown)) {
            return null;
        }
        String text = TextFiles.readUtf8(file, shown);
        String[] lines = text.split("\n", -1);
        java.util.Map<String, Integer> surfaces = new java.util.HashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length != 4 || fields[1].strip().split("\\s+").length != fields[2].strip().split("\\s+").length
                    || !fields[1].replace(" ", "").equals(fields[0])) {
                throw new ContentException(ContentError.of(new Location(shown, i + 1, 1), "search.userDictionaryLine"));
            }
            Integer first = surfaces.putIfAbsent(fields[0], i + 1);
            if (first != null) {
                throw new ContentException(ContentError.of(new Location(shown, i + 1, 1),
                        "search.userDictionaryDuplicate", fields[0], first));
            }
        }
        try {
            return UserDictionary.open(new StringReader(text));
        } catch (IOException | RuntimeException e) {
            throw new ContentException(ContentError.of(Location.of(shown), "search.userDictionaryUnreadable",
                    e.getMessage()));
        }
    }
}
