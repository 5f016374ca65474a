package org.hoshin.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hoshin.content.ContentException;
import org.hoshin.content.Edition;
import org.hoshin.content.Ward;
import org.hoshin.data.EditionData;
import org.hoshin.data.EditionDataBuilder;
import org.hoshin.data.EditionJson;
import org.hoshin.data.InitiativesCsv;

/**
 * The policies as open data under {@code data/}: one JSON file per ward edition, one CSV of every initiative, and
 * the JSON Schema the JSON follows, so civic-tech groups and researchers can reuse the content without scraping.
 */
final class DataFiles implements PageGenerator {

    static final String DIR = "data/";

    @Override
    public void generate(SiteContext site) throws ContentException {
        EditionDataBuilder builder = new EditionDataBuilder(site.config().siteUrl(), site.themes());
        List<EditionData> all = new ArrayList<>();
        for (Ward ward : site.content().wards()) {
            for (Edition edition : ward.editions()) {
                EditionData data = builder.build(ward, edition);
                all.add(data);
                site.tree().put(DIR + EditionDataBuilder.fileName(ward.id(), edition.fiscalYear().start()),
                        EditionJson.write(data));
            }
        }
        site.tree().put(DIR + InitiativesCsv.FILE, InitiativesCsv.write(all));
        site.tree().put(DIR + EditionDataBuilder.SCHEMA_FILE, schema());
    }

    private static byte[] schema() {
        try (InputStream in = EditionData.class.getResourceAsStream(EditionDataBuilder.SCHEMA_FILE)) {
            if (in == null) {
                throw new IllegalStateException("the JSON Schema is missing from the build: "
                        + EditionDataBuilder.SCHEMA_FILE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
