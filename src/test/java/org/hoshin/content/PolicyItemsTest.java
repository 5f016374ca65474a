package org.hoshin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The walk over a policy's items: page order, every kind, each initiative with the pillar above it. */
class PolicyItemsTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixture/content");
    private static final Location AT = Location.of(Path.of("x.md"));
    private static final Pattern ID_LINE = Pattern.compile("(?m)^id:\\s*(\\S+)\\s*$");

    @Test
    void itemsComeInPageOrderWithTheirPillars() {
        Initiative a = initiative("p1-1");
        Initiative b = initiative("p1-2");
        Initiative c = initiative("p2-1");
        Pillar first = pillar("p1", a, b);
        Pillar second = pillar("p2", c);
        Section m1 = new Section(PolicyItem.Kind.MANAGEMENT, "m1", "m", text(), List.of(), AT, Translation.ORIGINAL);
        Section col = new Section(PolicyItem.Kind.COLUMN, "column1", "c", text(), List.of(), AT, Translation.ORIGINAL);
        Table t = new Table("table-1", "t", List.of("h"), List.of(List.of("v")), AT, Translation.ORIGINAL);
        Policy policy = Policy.builder("泉区", "t", goal()).tables(List.of(t)).columns(List.of(col))
                .management(text(), List.of(m1)).pillars(text(), List.of(first, second)).build();

        assertEquals(List.of("goal", "pillars", "p1", "p1-1", "p1-2", "p2", "p2-1", "management", "m1", "column1",
                "table-1", "notes-heading"),
                policy.items().stream().map(PolicyItem::id).toList(), "page order, whatever order the parts were set");
        List<PolicyItem.Placed> placed = policy.placedItems();
        assertNull(placed.get(0).pillar());
        assertSame(first, placed.get(3).pillar());
        assertSame(first, placed.get(4).pillar());
        assertEquals(2, placed.get(6).pillarNumber());
        assertSame(second, placed.get(6).pillar());
        assertEquals(0, placed.get(8).pillarNumber(), "a management item stands under no pillar");
    }

    @Test
    void everyKindOfTheFixtureIsVisitedInTheOrderOfItsFiles() throws Exception {
        Set<PolicyItem.Kind> seen = EnumSet.noneOf(PolicyItem.Kind.class);
        for (Ward ward : new ContentLoader(Path.of("")).load(FIXTURE).wards()) {
            for (Edition edition : ward.editions()) {
                Path ja = FIXTURE.resolve("wards").resolve(ward.id())
                        .resolve(Integer.toString(edition.fiscalYear().start())).resolve("ja");
                for (Policy policy : List.of(edition.japanese(), edition.english())) {
                    assertEquals(idsInFileOrder(ja), policy.items().stream().filter(i -> i.kind().ownFile())
                            .map(PolicyItem::id).toList(),
                            ward.id() + " " + edition.fiscalYear().start());
                    policy.items().forEach(i -> seen.add(i.kind()));
                    for (PolicyItem.Placed p : policy.placedItems()) {
                        if (p.item() instanceof Initiative i) {
                            assertSame(p.pillar(), policy.pillars().get(p.pillarNumber() - 1));
                            assertEquals(true, p.pillar().initiatives().contains(i));
                        }
                    }
                }
            }
        }
        assertEquals(EnumSet.allOf(PolicyItem.Kind.class), seen, "the fixture has every kind of item");
    }

    @Test
    void aSectionListedUnderTheWrongPartIsRefused() {
        Section column = new Section(PolicyItem.Kind.COLUMN, "column1", "c", text(), List.of(), AT,
                Translation.ORIGINAL);
        assertThrows(IllegalArgumentException.class,
                () -> Policy.builder("泉区", "t", goal()).management(text(), List.of(column)).build());
    }

    @Test
    void aCopyFromItsBuilderIsEqual() {
        Policy policy = Policy.builder("泉区", "t", goal()).pillars(text(), List.of(pillar("p1", initiative("p1-1"))))
                .headings("施策", "主な取組").aliases(Map.of("p1", List.of("p9"))).build();
        assertEquals(policy, policy.toBuilder().build());
    }

    /** The ids in an edition's item files in page order: pillars (each before its initiatives), management, columns, tables. */
    private static List<String> idsInFileOrder(Path ja) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String part : List.of(ContentLayout.PILLARS, ContentLayout.MANAGEMENT, ContentLayout.COLUMNS,
                ContentLayout.TABLES)) {
            Path dir = ja.resolve(part);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            // "01.md" sorts before "01/01.md": each pillar's file comes before its initiatives'
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().equals(ContentLayout.INDEX))
                        .map(f -> dir.relativize(f).toString()).sorted().map(dir::resolve).toList()) {
                    Matcher m = ID_LINE.matcher(Files.readString(file));
                    if (m.find()) {
                        ids.add(m.group(1).replaceAll("^[\"']|[\"']$", ""));
                    }
                }
            }
        }
        return ids;
    }

    private static Markdown text() {
        return new Markdown("", AT);
    }

    private static Goal goal() {
        return new Goal("g", "", text(), List.of(), List.of(), Translation.ORIGINAL);
    }

    private static Initiative initiative(String id) {
        return new Initiative(id, id, "", text(), List.of(), List.of(), AT, Translation.ORIGINAL);
    }

    private static Pillar pillar(String id, Initiative... initiatives) {
        return new Pillar(id, id, text(), List.of(initiatives), List.of(), AT, Translation.ORIGINAL);
    }
}
