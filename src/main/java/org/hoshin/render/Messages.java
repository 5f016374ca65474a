package org.hoshin.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.Location;
import org.hoshin.content.SafeFiles;
import org.hoshin.content.YamlNode;
import org.hoshin.content.YamlReader;

/**
 * The UI strings of one language, read from {@code templates/messages/<lang>.yaml}, so no template hard-codes
 * text in either language. Read through {@link SafeFiles}, so a linked message file is refused, and with the
 * streaming {@link YamlReader} the content uses: Jackson's data binding would add ~180 ms of class loading to
 * every cold build for two flat files.
 */
public final class Messages {

    private Messages() {
    }

    public static Map<String, String> load(Path templatesDir, String language) throws ContentException {
        Path file = SafeFiles.checkChain(templatesDir, "messages/" + language + ".yaml", templatesDir);
        if (!SafeFiles.isFile(file, file)) {
            throw new ContentException(ContentError.of(Location.of(file), "templates.noMessageFile", language));
        }
        YamlNode root = new YamlReader().read(file,
                new String(SafeFiles.read(file, file), StandardCharsets.UTF_8), 0);
        if (!(root instanceof YamlNode.MapNode map)) {
            throw new ContentException(ContentError.of(root.location(), "templates.invalidMessageFile",
                    "key: text lines expected, found " + root.kind()));
        }
        Map<String, String> messages = new TreeMap<>();
        for (var entry : map.entries().entrySet()) {
            if (!(entry.getValue() instanceof YamlNode.ScalarNode scalar)) {
                throw new ContentException(ContentError.of(entry.getValue().location(),
                        "templates.invalidMessageFile", entry.getKey() + ": " + entry.getValue().kind()));
            }
            messages.put(entry.getKey(), scalar.text() == null ? "" : scalar.text());
        }
        return messages;
    }
}
