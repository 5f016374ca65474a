package org.hoshin.pages;

import org.hoshin.content.Lang;
import org.hoshin.content.Ward;
import org.hoshin.render.MarkdownRenderer;
import org.hoshin.routes.Routes;

/** How the links an editor wrote in an edition's texts are made to work from the page that shows them. */
final class PageLinks {

    private PageLinks() {
    }

    /** Links of an edition's texts on the edition's own page, where they were written to work. */
    static MarkdownRenderer.PageLinks atEdition(Lang lang, String editionPath) {
        return new MarkdownRenderer.PageLinks("", toRoot(lang, editionPath));
    }

    /**
     * Links of the latest edition's texts on the ward's own address: content links are written relative to the
     * edition's page, which is one folder further down, so relative links get the edition's folder in front.
     */
    static MarkdownRenderer.PageLinks atWardAddress(Lang lang, Ward ward) {
        return new MarkdownRenderer.PageLinks(ward.latest().fiscalYear().start() + "/",
                toRoot(lang, Routes.ward(ward.id())));
    }

    private static String toRoot(Lang lang, String pagePath) {
        return Routes.toRoot(Routes.pageFile(lang, pagePath));
    }
}
