package org.hoshin.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Edition;
import org.hoshin.content.Lang;
import org.hoshin.content.Policy;
import org.hoshin.content.Ward;
import org.hoshin.render.Messages;
import org.hoshin.testing.Fixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of text a reader sees on an edition page is in a search document at the nearest anchor, labelled with
 * what it is where the page labels it: checked on each such text of the fixture content, in both languages.
 */
class VisibleTextSearchTest {

    private static List<Ward> wards() throws Exception {
        return new ContentLoader(Fixture.ROOT).load(Fixture.CONTENT).wards();
    }

    private static List<SearchDocument> documents(String lang) throws Exception {
        return new SearchDocuments().of(wards(), Lang.of(lang), Messages.load(Path.of("templates"), lang));
    }

    /** Each text of each latest edition that {@code texts} picks is in a document of that ward at {@code anchor}. */
    private static int assertFound(String lang, Function<Policy, List<String>> texts,
                                   Function<String, Predicate<SearchDocument>> where) throws Exception {
        List<SearchDocument> docs = documents(lang);
        int checked = 0;
        for (Ward ward : wards()) {
            Edition latest = ward.latest();
            for (String text : texts.apply(latest.policy(Lang.of(lang)))) {
                boolean found = docs.stream().filter(d -> d.ward().equals(ward.id())
                                && d.year() == latest.fiscalYear().start())
                        .anyMatch(d -> where.apply(text).test(d));
                assertTrue(found, ward.id() + " (" + lang + "): not searchable at its place: " + text);
                checked++;
            }
        }
        return checked;
    }

    private static Predicate<SearchDocument> passage(String label, String anchor, String text) {
        return d -> d.url().endsWith(anchor) && d.shownText().contains(label + ": " + text)
                && d.searchedText().contains(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void captionsOfTheGoalPartAreFoundAtTheGoalAsPhotos(String lang) throws Exception {
        String photo = Messages.load(Path.of("templates"), lang).get("search_in_photo");
        int n = assertFound(lang, p -> p.captions().stream().map(c -> c.text()).toList(),
                text -> passage(photo, "#goal", text));
        assertTrue(n > 0, "the fixture has goal captions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void captionsOfInitiativesAreFoundAtTheInitiative(String lang) throws Exception {
        String photo = Messages.load(Path.of("templates"), lang).get("search_in_photo");
        int n = assertFound(lang, p -> p.pillars().stream().flatMap(pillar -> pillar.initiatives().stream())
                        .flatMap(i -> i.captions().stream().map(c -> i.id() + "\u0000" + c.text())).toList(),
                idAndText -> passage(photo, "#" + idAndText.split("\u0000")[0], idAndText.split("\u0000")[1]));
        assertTrue(n > 0, "the fixture has initiative captions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void mascotsAndSlogansAreFoundAtTheGoal(String lang) throws Exception {
        var messages = Messages.load(Path.of("templates"), lang);
        int mascots = assertFound(lang, p -> p.mascots().stream().map(m -> m.name()).toList(),
                name -> d -> d.url().endsWith("#goal") && d.shownText().contains(messages.get("search_in_mascot")
                        + ": ") && d.searchedText().contains(name));
        int slogans = assertFound(lang, p -> p.slogan().isBlank() ? List.of() : List.of(p.slogan()),
                slogan -> passage(messages.get("search_in_slogan"), "#goal", slogan));
        assertTrue(mascots > 0 && slogans > 0, "the fixture has mascots and slogans");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void tableTitlesAndCellsAreFoundAtTheTable(String lang) throws Exception {
        String table = Messages.load(Path.of("templates"), lang).get("search_in_table");
        int cells = assertFound(lang, p -> p.tables().stream().flatMap(t -> t.rows().stream()
                        .flatMap(List::stream).filter(c -> !c.isBlank()).map(c -> t.id() + "\u0000" + c)).toList(),
                idAndCell -> d -> d.url().endsWith("#" + idAndCell.split("\u0000")[0])
                        && d.shownText().contains(table + ": ")
                        && d.searchedText().contains(idAndCell.split("\u0000")[1]));
        int titles = assertFound(lang, p -> p.tables().stream().map(t -> t.id() + "\u0000" + t.title()).toList(),
                idAndTitle -> d -> d.url().endsWith("#" + idAndTitle.split("\u0000")[0])
                        && d.title().equals(idAndTitle.split("\u0000")[1]));
        assertTrue(cells > 0 && titles > 0, "the fixture has tables");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void introductionsAndNotesAreFoundAtTheirHeadings(String lang) throws Exception {
        int intros = assertFound(lang, p -> p.pillarsIntro().isBlank() ? List.of()
                        : List.of(new org.hoshin.render.PlainText().of(p.pillarsIntro())),
                text -> d -> d.url().endsWith("#pillars") && d.text().equals(text));
        int notes = assertFound(lang, p -> p.notes().isBlank() ? List.of()
                        : List.of(new org.hoshin.render.PlainText().of(p.notes())),
                text -> d -> d.url().endsWith("#notes-heading") && d.text().equals(text));
        assertTrue(intros + notes > 0, "the fixture has introductions or notes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void labelsAreShownButNeverIndexed(String lang) throws Exception {
        var messages = Messages.load(Path.of("templates"), lang);
        for (SearchDocument d : documents(lang)) {
            for (SearchDocument.Passage passage : d.passages()) {
                assertFalse(passage.label().isBlank(), "every passage says what it is");
                assertFalse(d.searchedText().contains(passage.label() + ": "), d.url());
            }
        }
        assertFalse(messages.get("search_in_photo").isBlank());
    }
}
