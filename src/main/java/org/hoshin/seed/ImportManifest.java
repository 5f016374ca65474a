package org.hoshin.seed;

import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;
import org.hoshin.content.SafeFiles;
import org.hoshin.content.Sha256;
import org.hoshin.content.TextFiles;
import org.hoshin.content.YamlNode;
import org.hoshin.content.YamlReader;

/**
 * What import last wrote into a ward folder: the seed's hash and the hash of every file as written. Comparing a
 * file on disk with its recorded hash tells an editor's change from import's own output, so import never
 * overwrites an edit silently.
 *
 * @param seedFile   the seed's file name, so a seed whose title names no ward is remembered with the ward it was
 *                   imported into
 * @param seedSha256 hash of the seed imported
 * @param files      edition-relative path to the hash of the text import wrote there
 */
record ImportManifest(String seedFile, String seedSha256, SortedMap<String, String> files) {

    static final String FILE_NAME = ".import.yaml";

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build();

    static ImportManifest empty() {
        return new ImportManifest("", "", new TreeMap<>());
    }

    /**
     * Reads the manifest of a ward folder; an absent one is empty. Every recorded path must stay inside the ward
     * folder: import deletes recorded files, so an entry such as {@code ../../../README.md} is an error at its line.
     */
    static ImportManifest read(Path wardDir) throws ContentException {
        Path file = wardDir.resolve(FILE_NAME);
        if (!SafeFiles.isFile(file, file)) {
            return empty();
        }
        YamlNode root = new YamlReader().read(file, TextFiles.readUtf8(file, file), 0);
        SortedMap<String, String> files = new TreeMap<>();
        String seed = "";
        String seedFile = "";
        List<ContentError> errors = new ArrayList<>();
        if (root instanceof YamlNode.MapNode map) {
            if (map.entries().get("seed-sha256") instanceof YamlNode.ScalarNode hash) {
                seed = hash.text() == null ? "" : hash.text();
            }
            if (map.entries().get("seed-file") instanceof YamlNode.ScalarNode name) {
                seedFile = name.text() == null ? "" : name.text();
            }
            if (map.entries().get("files") instanceof YamlNode.MapNode entries) {
                entries.entries().forEach((path, value) -> {
                    try {
                        SafeFiles.inside(wardDir, path, wardDir);
                        files.put(path, value instanceof YamlNode.ScalarNode s ? s.text() : "");
                    } catch (ContentException e) {
                        errors.add(ContentError.of(entries.keyLocations().get(path), "import.recordedPath",
                                path));
                    }
                });
            }
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return new ImportManifest(seedFile, seed, files);
    }

    String toYaml() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("note", "written by 'hoshin import' to tell its own output from editors' changes; do not edit");
        if (!seedFile.isEmpty()) {
            root.put("seed-file", seedFile);
        }
        root.put("seed-sha256", seedSha256);
        root.put("files", files);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
