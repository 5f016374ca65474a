package org.hoshin.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hoshin.content.Sha256;

/**
 * What import last wrote into a ward folder: the seed's hash and the hash of every file as written. Comparing a
 * file on disk with its recorded hash tells an editor's change from import's own output, so import never
 * overwrites an edit silently.
 *
 * @param seedSha256 hash of the seed imported
 * @param files      ward-relative path to the hash of the text import wrote there
 */
record ImportManifest(String seedSha256, SortedMap<String, String> files) {

    static final String FILE_NAME = ".import.yaml";

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();

    static ImportManifest empty() {
        return new ImportManifest("", new TreeMap<>());
    }

    static ImportManifest read(Path wardDir) throws IOException {
        Path file = wardDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        JsonNode root = MAPPER.readTree(file.toFile());
        SortedMap<String, String> files = new TreeMap<>();
        root.path("files").fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
        return new ImportManifest(root.path("seed-sha256").asText(""), files);
    }

    String toYaml() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("note", "written by 'hoshin import' to tell its own output from editors' changes; do not edit");
        root.put("seed-sha256", seedSha256);
        root.put("files", files);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
