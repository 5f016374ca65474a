package org.hoshin.pages;

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
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Edition;
import org.hoshin.content.Lang;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Ward;
import org.hoshin.render.Messages;
import org.hoshin.search.SearchDocument;
import org.hoshin.search.SearchDocuments;
import org.hoshin.site.SiteBuilder;
import org.hoshin.stages.BuildSession;
import org.hoshin.stages.Deriver;
import org.hoshin.stages.OutputTree;
import org.hoshin.stages.Project;
import org.hoshin.stages.ProjectLoader;
import org.hoshin.stages.Runner;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.BuiltSite;
import org.hoshin.testing.Fixture;
import org.hoshin.testing.TwoEditions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview keeps each edition's part of the search index: a save analyses only the texts of the edition it
 * edited, and the index merged from the kept parts and the new one is the index a fresh build writes.
 */
class SearchIndexFilesTest {

    private static final String EDITED = "izumi";
    private static final int EDITED_YEAR = 2022;

    @TempDir
    Path temp;

    @Test
    void aSaveReAnalysesOnlyTheEditedEditionsTextsAndWritesTheFreshBuildsIndex() throws Exception {
        Path content = TwoEditions.create(temp.resolve("content"));
        SiteConfig config = new SiteConfig(Fixture.ROOT, content, BuiltSite.PROJECT.resolve("templates"),
                temp.resolve("site"), "https://example.org/hoshin/");
        BuildSession session = new BuildSession();
        List<String> firstTexts = new ArrayList<>();
        index(config, session, firstTexts);
        assertTrue(firstTexts.size() > 0, "the first build analyses every ward's texts");

        Path initiative = content.resolve("wards/" + EDITED + "/" + EDITED_YEAR + "/ja/pillars/01/01.md");
        Files.writeString(initiative, Files.readString(initiative) + "\n保存のたびに変わる一文。\n",
                StandardCharsets.UTF_8);
        List<String> secondTexts = new ArrayList<>();
        SiteContent edited = new ContentLoader(config.projectRoot(), session.wards()).load(content);
        SortedMap<String, byte[]> kept = index(config, session, secondTexts);

        Ward ward = ward(edited, EDITED);
        assertTrue(ward.editions().size() > 1, "the fixture's edited ward has editions the save did not touch");
        Edition edition = ward.editions().stream().filter(e -> e.fiscalYear().start() == EDITED_YEAR).findFirst()
                .orElseThrow();
        List<String> editedEditionTexts = new ArrayList<>();
        for (Lang lang : Lang.ALL) {
            for (SearchDocument doc : new SearchDocuments().of(edition, edition.equals(ward.latest()), lang,
                    Messages.load(config.templatesDir(), lang.code()))) {
                editedEditionTexts.addAll(List.of(doc.title(), doc.program(), doc.searchedText()));
            }
        }
        Collections.sort(secondTexts);
        Collections.sort(editedEditionTexts);
        assertEquals(editedEditionTexts, secondTexts, "the save analyses the edited edition's texts, once each");
        assertTrue(secondTexts.stream().anyMatch(t -> t.contains("保存のたびに変わる一文。")), "the edit is analysed");
        Set<String> otherEditions = new HashSet<>(firstTexts);
        otherEditions.removeAll(editedEditionTexts);
        assertFalse(otherEditions.isEmpty(), "the fixture has texts of other editions, which the save left alone");

        SortedMap<String, byte[]> fresh = searchFiles(new SiteBuilder(config, 1).render(new ArrayList<>()).files());
        assertEquals(fresh.keySet(), kept.keySet());
        fresh.forEach((file, bytes) -> assertArrayEquals(bytes, kept.get(file), file));
        assertTrue(fresh.keySet().stream().filter(f -> f.startsWith("search/ja/d/"))
                .anyMatch(f -> new String(fresh.get(f), StandardCharsets.UTF_8).contains("保存のたびに変わる一文。")));
    }

    /** The search files of the content as it is now, built in {@code session}; every text analysed is added. */
    private static SortedMap<String, byte[]> index(SiteConfig config, BuildSession session, List<String> analysed)
            throws Exception {
        OutputTree tree = new OutputTree();
        try (Runner runner = new Runner(2, session)) {
            Project project = new ProjectLoader(config, session).load(runner);
            SiteContext site = new SiteContext(project, new Deriver(session).derive(project, runner), runner, tree,
                    null);
            new SearchIndexFiles(text -> {
                synchronized (analysed) {
                    analysed.add(text);
                }
            }).generate(site);
            runner.finish();
        }
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
