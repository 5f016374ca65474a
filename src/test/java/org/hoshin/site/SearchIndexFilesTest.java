package org.hoshin.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Ward;
import org.hoshin.render.Messages;
import org.hoshin.render.TemplateRenderer;
import org.hoshin.search.SearchDocument;
import org.hoshin.search.SearchDocuments;
import org.hoshin.testing.Fixture;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview keeps each ward's part of the search index: a save analyses only the texts of the ward it edited,
 * and the index merged from the kept parts and the new one is the index a fresh build writes.
 */
class SearchIndexFilesTest {

    private static final String EDITED = "izumi";

    @TempDir
    Path temp;

    @Test
    void aSaveReAnalysesOnlyTheEditedWardsTextsAndWritesTheFreshBuildsIndex() throws Exception {
        Path content = Trees.copy(Fixture.CONTENT, temp.resolve("content"));
        SiteConfig config = new SiteConfig(Fixture.ROOT, content, BuiltSite.PROJECT.resolve("templates"),
                temp.resolve("site"), "https://example.org/hoshin/");
        BuildSession session = new BuildSession();
        List<String> firstTexts = new ArrayList<>();
        index(config, session, firstTexts);
        assertTrue(firstTexts.size() > 0, "the first build analyses every ward's texts");

        Path initiative = content.resolve("wards/" + EDITED + "/2022/ja/pillars/01/01.md");
        Files.writeString(initiative, Files.readString(initiative) + "\n保存のたびに変わる一文。\n",
                StandardCharsets.UTF_8);
        List<String> secondTexts = new ArrayList<>();
        SiteContent edited = new ContentLoader(config.projectRoot(), session.wards()).load(content);
        SortedMap<String, byte[]> kept = index(config, session, secondTexts);

        List<String> editedWardTexts = new ArrayList<>();
        for (String lang : SiteConfig.LANGUAGES) {
            for (SearchDocument doc : new SearchDocuments().of(List.of(ward(edited, EDITED)), lang,
                    Messages.load(config.templatesDir(), lang))) {
                editedWardTexts.addAll(List.of(doc.title(), doc.program(), doc.searchedText()));
            }
        }
        Collections.sort(secondTexts);
        Collections.sort(editedWardTexts);
        assertEquals(editedWardTexts, secondTexts, "the save analyses the edited ward's texts, once each");
        assertTrue(secondTexts.stream().anyMatch(t -> t.contains("保存のたびに変わる一文。")), "the edit is analysed");
        Set<String> otherWards = new HashSet<>(firstTexts);
        otherWards.removeAll(editedWardTexts);
        assertFalse(otherWards.isEmpty(), "the fixture has texts of other wards, which the save left alone");

        SortedMap<String, byte[]> fresh = searchFiles(new SiteBuilder(config, 1).render(new ArrayList<>()).files());
        assertEquals(fresh.keySet(), kept.keySet());
        fresh.forEach((file, bytes) -> assertArrayEquals(bytes, kept.get(file), file));
        assertTrue(fresh.keySet().stream().filter(f -> f.startsWith("search/ja/d/"))
                .anyMatch(f -> new String(fresh.get(f), StandardCharsets.UTF_8).contains("保存のたびに変わる一文。")));
    }

    /** The search files of the content as it is now, built in {@code session}; every text analysed is added. */
    private static SortedMap<String, byte[]> index(SiteConfig config, BuildSession session, List<String> analysed)
            throws Exception {
        SiteContent content = new ContentLoader(config.projectRoot(), session.wards()).load(config.contentDir());
        Map<String, Map<String, String>> messages = new LinkedHashMap<>();
        for (String lang : SiteConfig.LANGUAGES) {
            messages.put(lang, Messages.load(config.templatesDir(), lang));
        }
        OutputTree tree = new OutputTree();
        SiteContext site = new SiteContext(config, content, new TemplateRenderer(config.templatesDir()), messages,
                null, session, tree, null);
        new SearchIndexFiles(text -> {
            synchronized (analysed) {
                analysed.add(text);
            }
        }).generate(site);
        site.finish();
        return searchFiles(tree.files());
    }

    private static SortedMap<String, byte[]> searchFiles(SortedMap<String, byte[]> site) {
        SortedMap<String, byte[]> search = new TreeMap<>();
        site.forEach((file, bytes) -> {
            if (file.startsWith("search/")) {
                search.put(file, bytes);
            }
        });
        return search;
    }

    private static Ward ward(SiteContent content, String id) {
        return content.wards().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow();
    }
}
