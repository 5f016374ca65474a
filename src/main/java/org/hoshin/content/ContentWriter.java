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

    /** Files of one ward, keyed by path relative to the ward folder ({@code ja/pillars/01.md}), sorted. */
    public SortedMap<String, String> files(String wardId, FiscalYear year, SourceInfo source, Policy policy) {
        SortedMap<String, String> files = new TreeMap<>();
        Map<String, Object> ward = new LinkedHashMap<>();
        ward.put("id", wardId);
        ward.put("fiscal-year", year.start());
        ward.put("source", Map.of("file", source.file(), "sha256", source.sha256()));
        files.put(ContentLayout.WARD_FILE, yaml(ward));
        writePolicy(files, "ja/", policy);
        return files;
    }

    private void writePolicy(SortedMap<String, String> files, String prefix, Policy policy) {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("name", policy.wardName());
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
            files.put(prefix + file, markdown(item(pillar.id(), pillar.title(), "", pillar.captions()),
                    pillar.summary().source()));
            int i = 0;
            for (Initiative initiative : pillar.initiatives()) {
                String initiativeFile = ContentLayout.initiativesDirOf(file) + "/"
                        + ContentLayout.numbered(++i, "md");
                files.put(prefix + initiativeFile, markdown(item(initiative.id(), initiative.title(),
                        initiative.program(), initiative.captions()), initiative.body().source()));
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
            files.put(dir + ContentLayout.numbered(++n, "md"),
                    markdown(item(section.id(), section.title(), "", section.captions()), section.body().source()));
        }
    }

    private static Map<String, Object> item(String id, String title, String program, List<Caption> captions) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", id);
        fields.put("title", title);
        putIfPresent(fields, "program", program);
        putCaptions(fields, captions);
        return fields;
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
