package org.hoshin.pages;

import java.util.Map;
import java.util.Optional;
import org.hoshin.content.ContentException;
import org.hoshin.content.Edition;
import org.hoshin.content.Lang;
import org.hoshin.content.Ward;
import org.hoshin.render.ChangesViews;
import org.hoshin.routes.Routes;
import org.hoshin.stages.Inputs;

/**
 * The "what changed" pages: {@code <lang>/wards/<ward>/<year>/changes/} for every edition that has an earlier one,
 * comparing it with that edition item by item (新旧対照表), so residents see what a new policy changed without
 * reading two documents side by side themselves. A page depends on its two editions and its ward's names alone, so
 * the preview keeps it while neither edition changed (an edit to one edition makes its own comparison and the next
 * edition's again). Each comparison is made on the build's threads: {@link ChangesViews}
 * keeps no state between calls (its Kuromoji tokenizer is made per text, its Markdown renderer is thread-safe).
 */
final class ChangesPages implements PageGenerator {

    static final String TEMPLATE = "pages/changes";

    private final ChangesViews views = new ChangesViews();

    @Override
    public void generate(SiteContext site) throws ContentException {
        for (Lang lang : Lang.ALL) {
            for (Ward ward : site.content().wards()) {
                for (Edition edition : ward.editions()) {
                    Optional<Edition> previous = ward.previous(edition);
                    if (previous.isPresent()) {
                        Edition older = previous.get();
                        site.wardPage(lang, Routes.changes(ward.id(), edition.fiscalYear().start()), TEMPLATE,
                                Inputs.of(edition, older, WardOutline.of(ward)), () -> Map.of("changes",
                                        views.view(ward, older, edition, lang)));
                    }
                }
            }
        }
    }
}
