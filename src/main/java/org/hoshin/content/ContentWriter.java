package org.hoshin.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns a ward into the files of the content layout ({@link ContentLayout}), as text, so import can compare
 * them with what is on disk before it writes anything.
 */
public final class ContentWriter {

    private final YAMLMapper mapper = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build();

    /**
     * Files of one edition, keyed by path relative to the edition folder ({@code ja/pillars/01.md}), sorted: its
     * record {@code edition.yaml} and the Japanese policy.
     */
    public SortedMap<String, String> files(SourceInfo source, Policy policy) {
        SortedMap<String, String> files = new TreeMap<>();
        Map<String, Object> from = new LinkedHashMap<>();
        from.put("file", source.file());
        from.put("sha256", source.sha256());
        putIfPresent(from, "url", source.url());
        files.put(ContentLayout.EDITION_FILE, yaml(Map.of("source", from)));
        writePolicy(files, "ja/", policy);
        return files;
    }

    /** The ward's own {@code ward.yaml}, written once when a ward's first edition is imported. */
    public String wardFile(YokohamaWards.Entry ward) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", ward.id());
        fields.put("office-url", "https://www.city.yokohama.lg.jp/" + ward.id() + "/");
        return yaml(fields);
    }

    private void writePolicy(SortedMap<String, String> files, String prefix, Policy policy) {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("title", policy.title());
        index.put("goal", policy.goal());
        putIfPresent(index, "slogan", policy.slogan());
        putIfPresent(index, "pillars-heading", policy.pillarsHeading());
        putIfPresent(index, "initiatives-label", policy.initiativesLabel());
        if (!policy.mascots().isEmpty()) {
            List<Map<String, String>> mascots = new ArrayList<>();
            for (Mascot m : policy.mascots()) {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("name", m.name());
                putIfPresent(entry, "role", m.role());
                mascots.add(entry);
            }
            index.put("mascots", mascots);
        }
        putCaptions(index, policy.captions());
        files.put(prefix + ContentLayout.INDEX, markdown(index, policy.goalText().source()));
        if (!policy.pillarsIntro().isBlank()) {
            files.put(prefix + ContentLayout.PILLARS + "/" + ContentLayout.INDEX,
                    policy.pillarsIntro().source().strip() + "\n");
        }
        int p = 0;
        for (Pillar pillar : policy.pillars()) {
            String file = ContentLayout.PILLARS + "/" + ContentLayout.numbered(++p, "md");
            files.put(prefix + file, markdown(pillar));
            int i = 0;
            for (Initiative initiative : pillar.initiatives()) {
                String initiativeFile = ContentLayout.initiativesDirOf(file) + "/"
                        + ContentLayout.numbered(++i, "md");
                files.put(prefix + initiativeFile, markdown(initiative));
            }
        }
        if (!policy.managementIntro().isBlank()) {
            files.put(prefix + ContentLayout.MANAGEMENT + "/" + ContentLayout.INDEX,
                    policy.managementIntro().source().strip() + "\n");
        }
        writeSections(files, prefix + ContentLayout.MANAGEMENT + "/", policy.management());
        writeSections(files, prefix + ContentLayout.COLUMNS + "/", policy.columns());
        int t = 0;
        for (Table table : policy.tables()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", table.id());
            data.put("title", table.title());
            data.put("header", table.header());
            data.put("rows", table.rows());
            files.put(prefix + ContentLayout.TABLES + "/" + ContentLayout.numbered(++t, "yaml"), yaml(data));
        }
        if (!policy.notes().isBlank()) {
            files.put(prefix + ContentLayout.NOTES, policy.notes().source().strip() + "\n");
        }
    }

    private void writeSections(SortedMap<String, String> files, String dir, List<Section> sections) {
        int n = 0;
        for (Section section : sections) {
            files.put(dir + ContentLayout.numbered(++n, "md"), markdown(section));
        }
    }

    /** The file of a pillar, initiative, management item or column: front matter, then its text. */
    private String markdown(PolicyItem item) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", item.id());
        fields.put("title", item.title());
        putIfPresent(fields, "program", item.program());
        putCaptions(fields, item.captions());
        return markdown(fields, item.body().source());
    }

    private static void putCaptions(Map<String, Object> fields, List<Caption> captions) {
        if (!captions.isEmpty()) {
            fields.put("captions", captions.stream().map(Caption::text).toList());
        }
    }

    private static <V> void putIfPresent(Map<String, V> fields, String key, V value) {
        if (value instanceof String s && !s.isBlank()) {
            fields.put(key, value);
        }
    }

    private String markdown(Map<String, Object> frontMatter, String body) {
        String text = "---\n" + yaml(frontMatter) + "---\n";
        return body.isBlank() ? text : text + "\n" + body.strip() + "\n";
    }

    private String yaml(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("content model cannot be written as YAML", e);
        }
    }
}
