package org.hoshin.render;

import java.util.List;
import java.util.Map;
import org.hoshin.content.Lang;

/**
 * A ward page in one language as templates see it: every text already rendered or formatted, so templates only lay
 * it out. {@code status} of an item is "" when its text is in the page's language and current, "stale" when the
 * Japanese changed since translation, "missing" when the Japanese text is shown; {@code lang} is the language of
 * the item's text ("ja" for a missing translation), for the {@code lang} attribute. {@code printedTitle} is the
 * Japanese title as the ward printed it, kept in the source section when the page names itself otherwise.
 */
public record WardView(String id, String lang, String name, String title, String fiscalYear, String fiscalYearSpan,
                       List<String> goalLines, String slogan, String goalHtml, Status status,
                       String pillarsIntroHtml, Status pillarsIntroStatus, List<PillarView> pillars,
                       String managementIntroHtml, Status managementIntroStatus, List<SectionView> management,
                       List<SectionView> columns, List<TableView> tables, List<MascotView> mascots,
                       List<String> captions, String notesHtml, Status notesStatus, String sourceFile,
                       String sourceSha256, String pillarsHeading, String initiativesLabel, Editions editions,
                       String officeUrl, String sourceUrl, Map<String, List<String>> aliases,
                       String printedTitle) {

    /**
     * Whether the page may show the policy's own title as its heading: it is in the page's language, its
     * translation is not out of date, and it names the ward. 「令和2年度運営方針」 names no ward, and an English title
     * carried over from last year's edition names last year; pages then name ward and fiscal year themselves, and
     * the printed title stays in the source section. 保土ヶ谷 and 保土ケ谷 are the same ward.
     */
    public boolean showsOwnTitle() {
        return ownTitleFits(title, name, status);
    }

    /** {@link #showsOwnTitle()} for any page of an edition whose title, ward name and translation are given. */
    static boolean ownTitleFits(String title, String wardName, Status status) {
        return status.state().isEmpty() && title.replace('ヶ', 'ケ').contains(wardName.replace('ヶ', 'ケ'));
    }

    /**
     * Whether nothing of this English page is translated yet: the page then says so once at its top instead of
     * beside every item. Always false for a Japanese page.
     */
    public boolean untranslated() {
        return status.state().equals("missing")
                && pillars.stream().allMatch(p -> missing(p.status())
                        && p.initiatives().stream().allMatch(i -> missing(i.status())))
                && management.stream().allMatch(m -> missing(m.status()))
                && columns.stream().allMatch(c -> missing(c.status()))
                && tables.stream().allMatch(t -> missing(t.status()));
    }

    private static boolean missing(Status status) {
        return status.state().equals("missing");
    }

    /** The earlier ids of item {@code id}, each kept on the page as an extra anchor inside the item. */
    public List<String> aliasesOf(String id) {
        return aliases.getOrDefault(id, List.of());
    }

    /**
     * Where this edition stands among the ward's editions, for the year switcher and notices.
     *
     * @param year     the Gregorian year this edition's fiscal year starts
     * @param all      every edition of the ward, newest first, this one marked current
     * @param newer    the latest edition when this one is older, else null
     * @param previous the edition before this one, which the changes page compares with, else null
     */
    public record Editions(int year, List<EditionLink> all, EditionLink newer, EditionLink previous) {
    }

    /**
     * One edition in the year switcher.
     *
     * @param year    the Gregorian start year, as in the edition's address
     * @param label   the fiscal year as the page's language writes it (令和4年度, FY2022)
     * @param current whether it is the edition shown
     */
    public record EditionLink(int year, String label, boolean current) {
    }

    /**
     * Translation state of one block, for notices and lang attributes.
     *
     * @param state "", "stale" or "missing"
     * @param lang  language of the text shown
     */
    public record Status(String state, Lang lang) {
    }

    /** An initiative under a pillar. */
    public record InitiativeView(String id, String title, String program, String html, List<String> captions,
                                 Status status) {
    }

    /** A policy pillar with its initiatives. */
    public record PillarView(String id, int number, String title, String html, List<String> captions,
                             List<InitiativeView> initiatives, Status status) {
    }

    /** A management item or a column. */
    public record SectionView(String id, String title, String html, List<String> captions, Status status) {
    }

    /** A reference table. */
    public record TableView(String id, String title, List<String> header, List<List<String>> rows, Status status) {
    }

    /** A mascot, introduced the way the page's language does (泉区マスコットキャラクター「いっずん」). */
    public record MascotView(String label) {
    }
}
