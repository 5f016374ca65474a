package org.hoshin.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.hoshin.content.ContentException;
import org.hoshin.content.Edition;
import org.hoshin.content.Parallel;
import org.hoshin.content.Ward;
import org.hoshin.data.EditionData;
import org.hoshin.data.EditionDataBuilder;
import org.hoshin.data.EditionJson;
import org.hoshin.data.InitiativesCsv;
import org.hoshin.routes.Routes;
import org.hoshin.stages.Inputs;

/**
 * The policies as open data under {@code data/}: one JSON file per ward edition, one CSV of every initiative, and
 * the JSON Schema the JSON follows, so civic-tech groups and researchers can reuse the content without scraping.
 * The editions are made on the build's threads and put in order; the files go straight into the tree, because the
 * data page lists them. A preview keeps each edition's JSON and CSV rows while the edition, its ward's names and its
 * themes are unchanged, so a save writes the rows of the edited edition alone and joins the CSV from the kept rows.
 */
final class DataFiles implements PageGenerator {

    @Override
    public void generate(SiteContext site) throws ContentException {
        EditionDataBuilder builder = new EditionDataBuilder(site.config().siteUrl(), site.themes());
        List<Parallel.Later<Made>> editions = new ArrayList<>();
        for (Ward ward : site.content().wards()) {
            for (Edition edition : ward.editions()) {
                String file = Routes.editionData(ward.id(), edition.fiscalYear().start());
                Inputs inputs = Inputs.of(edition, WardOutline.of(ward), site.config().siteUrl(),
                        builder.themeIds(ward, edition));
                editions.add(site.runner().start(() -> site.runner().reuse(file, inputs, () -> {
                    EditionData data = builder.build(ward, edition);
                    return new Made(file, EditionJson.write(data), InitiativesCsv.rows(data));
                })));
            }
        }
        List<byte[]> rows = new ArrayList<>();
        for (Parallel.Later<Made> later : editions) {
            Made made = later.get();
            rows.add(made.csvRows());
            site.tree().put(made.file(), made.json());
        }
        site.tree().put(Routes.dataFile(InitiativesCsv.FILE), InitiativesCsv.join(rows));
        site.tree().put(Routes.dataFile(EditionDataBuilder.SCHEMA_FILE), schema());
    }

    /** One edition's JSON file and its rows of the CSV, kept together in a preview. */
    private record Made(String file, byte[] json, byte[] csvRows) {
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
