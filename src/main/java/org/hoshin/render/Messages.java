package org.hoshin.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.Location;
import org.hoshin.content.SafeFiles;

/**
 * The UI strings of one language, read from {@code templates/messages/<lang>.yaml}, so no template hard-codes
 * text in either language. Read through {@link SafeFiles}, so a linked message file is refused.
 */
public final class Messages {

    private Messages() {
    }

    public static Map<String, String> load(Path templatesDir, String language) throws ContentException {
        Path file = SafeFiles.checkChain(templatesDir, "messages/" + language + ".yaml", templatesDir);
        if (!SafeFiles.isFile(file, file)) {
            throw new ContentException(ContentError.of(Location.of(file), "templates.noMessageFile", language));
        }
        try {
            JsonNode root = new YAMLMapper().readTree(SafeFiles.read(file, file));
            Map<String, String> messages = new TreeMap<>();
            root.fields().forEachRemaining(e -> messages.put(e.getKey(), e.getValue().asText()));
            return messages;
        } catch (IOException e) {
            throw new ContentException(ContentError.of(Location.of(file), "templates.invalidMessageFile", e.getMessage()));
        }
    }
}
