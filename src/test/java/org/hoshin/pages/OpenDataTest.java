package org.hoshin.pages;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hoshin.content.ContentException;
import org.hoshin.content.ContentLoader;
import org.hoshin.content.Edition;
import org.hoshin.content.Initiative;
import org.hoshin.content.Pillar;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Translation;
import org.hoshin.content.Ward;
import org.hoshin.site.SiteBuilder;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.BuiltSite;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open data of the real site: JSON per edition against its published schema, the CSV, the data page. */
class OpenDataTest {

    @TempDir
    static Path temp;
    static Path site;
    static SiteContent content;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void build() throws IOException, ContentException {
        site = BuiltSite.build(temp.resolve("site"));
        content = new ContentLoader(org.hoshin.testing.Fixture.ROOT).load(org.hoshin.testing.Fixture.CONTENT);
    }

    private static JsonSchema publishedSchema() throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(JSON.readTree(site.resolve("data/edition.schema.json").toFile()), config);
    }

    private static List<Path> editionFiles() throws IOException {
        try (Stream<Path> files = Files.list(site.resolve("data"))) {
            return files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".schema.json"))
                    .sorted().toList();
        }
    }

    @Test
    void everyEditionHasAJsonFileThatValidatesAgainstThePublishedSchema() throws IOException {
        JsonSchema schema = publishedSchema();
        int editions = content.wards().stream().mapToInt(w -> w.editions().size()).sum();
        assertEquals(editions, editionFiles().size());
        for (Path file : editionFiles()) {
            Set<ValidationMessage> errors = schema.validate(JSON.readTree(file.toFile()));
            assertTrue(errors.isEmpty(), file.getFileName() + ": " + errors);
        }
    }

    @Test
    void theSchemaRejectsAFileThatDoesNotFollowIt() throws IOException {
        ObjectNode izumi = (ObjectNode) JSON.readTree(site.resolve("data/izumi-2022.json").toFile());
        izumi.remove("ward");
        ((ObjectNode) izumi.get("fiscalYear")).put("ja", "2022年度");
        ((ObjectNode) izumi.get("pillars").get(0).get("initiatives").get(0)).put("translation", "done");
        Set<ValidationMessage> errors = publishedSchema().validate(izumi);
        assertEquals(3, errors.size(), errors.toString());
    }

    @Test
    void theJsonHoldsThePageContentWithAbsoluteAnchorsAndThemes() throws IOException {
        JsonNode izumi = JSON.readTree(site.resolve("data/izumi-2022.json").toFile());
        assertEquals("https://example.org/hoshin/data/edition.schema.json", izumi.get("$schema").asText());
        assertEquals("令和4年度", izumi.at("/fiscalYear/ja").asText());
        JsonNode disaster = null;
        for (JsonNode pillar : izumi.get("pillars")) {
            for (JsonNode initiative : pillar.get("initiatives")) {
                if (initiative.at("/program/ja").asText().equals("防災対策事業")) {
                    disaster = initiative;
                }
            }
        }
        assertNotNull(disaster);
        assertTrue(disaster.get("themes").toString().contains("\"bosai\""));
        String anchor = disaster.at("/urls/en").asText();
        assertTrue(anchor.startsWith("https://example.org/hoshin/en/wards/izumi/2022/#"), anchor);
        Document page = BuiltSite.page(site, "en/wards/izumi/2022/index.html");
        assertNotNull(page.getElementById(anchor.substring(anchor.indexOf('#') + 1)));
        assertTrue(disaster.at("/text/ja/markdown").asText().length() >= disaster.at("/text/ja/plain").asText()
                .length() - 5);
    }

    @Test
    void theCsvHasOneRowPerInitiativeOnTheWardPagesAndReadsBackAsTheContent() throws IOException {
        byte[] bytes = Files.readAllBytes(site.resolve("data/initiatives.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3),
                "a UTF-8 byte-order mark, so Excel reads Japanese");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<Map<String, String>> rows = new ArrayList<>();
        try (var it = new CsvMapper().readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        int onPages = 0;
        for (Ward ward : content.wards()) {
            for (Edition edition : ward.editions()) {
                onPages += BuiltSite.page(site, "ja/wards/" + ward.id() + "/" + edition.fiscalYear().start()
                        + "/index.html").select("article.initiative").size();
            }
        }
        assertEquals(onPages, rows.size());
        int r = 0;
        for (Ward ward : content.wards()) {
            for (Edition edition : ward.editions()) {
                for (int p = 0; p < edition.japanese().pillars().size(); p++) {
                    Pillar pillar = edition.japanese().pillars().get(p);
                    for (int i = 0; i < pillar.initiatives().size(); i++) {
                        Initiative ja = pillar.initiatives().get(i);
                        Initiative en = edition.english().pillars().get(p).initiatives().get(i);
                        Map<String, String> row = rows.get(r++);
                        assertEquals(ward.id(), row.get("ward_id"));
                        assertEquals(Integer.toString(edition.fiscalYear().start()), row.get("fiscal_year"));
                        assertEquals(pillar.id(), row.get("pillar_id"));
                        assertEquals(ja.id(), row.get("initiative_id"));
                        assertEquals(ja.title(), row.get("title_ja"));
                        assertEquals(ja.program(), row.get("program_ja"));
                        assertEquals(en.translation() == Translation.MISSING ? "" : en.title(), row.get("title_en"));
                        assertFalse(row.get("text_ja").contains("**"), "plain text, not Markdown");
                    }
                }
            }
        }
        assertTrue(text.contains("\r\n"), "CRLF line ends");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsQuotedInTheCsvButNotInTheJson() throws Exception {
        Path copy = org.hoshin.testing.Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("formulas"));
        Path item = copy.resolve("wards/izumi/2022/ja/pillars/01/01.md");
        String ja = Files.readString(item);
        String title = ja.lines().filter(l -> l.startsWith("title: ")).findFirst().orElseThrow();
        String program = ja.lines().filter(l -> l.startsWith("program: ")).findFirst().orElseThrow();
        Files.writeString(item, ja.replace(title, "title: \"=HYPERLINK(\\\"https://evil.example/\\\")\"")
                .replace(program, "program: \"@SUM(A1)\""));
        Path english = copy.resolve("wards/izumi/2022/en/pillars/01/01.md");
        String en = Files.readString(english);
        Files.writeString(english, en.replace(en.lines().filter(l -> l.startsWith("title: ")).findFirst()
                .orElseThrow(), "title: \"-2+3\""));
        Path out = temp.resolve("formulas-site");
        new SiteBuilder(new SiteConfig(BuiltSite.PROJECT, copy, BuiltSite.PROJECT.resolve("templates"), out,
                "https://example.org/hoshin/")).build();

        byte[] bytes = Files.readAllBytes(out.resolve("data/initiatives.csv"));
        Map<String, String> row = null;
        try (var it = new CsvMapper().readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))) {
            while (it.hasNext()) {
                Map<String, String> r = it.next();
                if (r.get("ward_id").equals("izumi") && r.get("initiative_id").equals("p1-1")) {
                    row = r;
                }
            }
        }
        assertNotNull(row);
        assertEquals("'=HYPERLINK(\"https://evil.example/\")", row.get("title_ja"));
        assertEquals("'@SUM(A1)", row.get("program_ja"));
        assertEquals("'-2+3", row.get("title_en"));
        assertEquals("izumi", row.get("ward_id"), "a cell that cannot start a formula is left alone");

        JsonNode json = JSON.readTree(out.resolve("data/izumi-2022.json").toFile());
        JsonNode initiative = json.at("/pillars/0/initiatives/0");
        assertEquals("=HYPERLINK(\"https://evil.example/\")", initiative.at("/title/ja").asText());
        assertEquals("@SUM(A1)", initiative.at("/program/ja").asText());
        assertEquals("-2+3", initiative.at("/title/en").asText());
        for (String lang : List.of("ja", "en")) {
            var note = BuiltSite.page(out, lang + "/data/index.html").selectFirst("#csv-formulas");
            assertNotNull(note, "the data page says why some cells start with a quote");
            assertTrue(note.text().contains("OWASP"), note.text());
        }
    }

    @Test
    void dataFilesAreIdenticalAcrossTwoBuilds() throws IOException, ContentException {
        Path again = BuiltSite.build(temp.resolve("again"));
        try (Stream<Path> files = Files.list(site.resolve("data"))) {
            for (Path file : files.toList()) {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again.resolve("data")
                        .resolve(file.getFileName())), file.getFileName().toString());
            }
        }
    }

    @Test
    void theDataPageListsEveryFileWithItsSizeAndNamesTheSource() throws IOException {
        for (String lang : List.of("ja", "en")) {
            Document page = BuiltSite.page(site, lang + "/data/index.html");
            try (Stream<Path> files = Files.list(site.resolve("data"))) {
                for (Path file : files.toList()) {
                    var row = page.selectFirst("table.data-files th a[href$=data/" + file.getFileName() + "]");
                    assertNotNull(row, file.getFileName().toString());
                    String size = row.parent().nextElementSibling().text();
                    assertEquals(String.format(java.util.Locale.ROOT, "%.1f KB", Files.size(file) / 1024.0), size);
                }
            }
            assertEquals(20, page.select("dl.data-columns dt").size(), "every CSV column explained");
            assertNotNull(page.selectFirst("a[href=https://www.city.yokohama.lg.jp/]"));
            Document ward = BuiltSite.page(site, lang + "/wards/konan/index.html");
            assertNotNull(ward.selectFirst("#source a[href$=data/konan-2021.json]"));
            assertNotNull(ward.selectFirst("#source a[href$=data/initiatives.csv]"));
        }
    }
}
