package org.hoshin.render;

import java.util.List;

/**
 * A ward page as templates see it (pillarsHeading and initiativesLabel are empty where the usual wording applies): every text already rendered or formatted, so templates only lay it out.
 */
public record WardView(String id, String name, String title, String fiscalYear, String fiscalYearSpan,
                       List<String> goalLines, String slogan, String goalHtml, String pillarsIntroHtml,
                       List<PillarView> pillars, String managementIntroHtml, List<SectionView> management,
                       List<SectionView> columns, List<TableView> tables, List<MascotView> mascots,
                       List<String> captions, String notesHtml, String sourceFile, String sourceSha256,
                       String pillarsHeading, String initiativesLabel) {

    /** An initiative under a pillar. */
    public record InitiativeView(String id, String title, String program, String html, List<String> captions) {
    }

    /** A policy pillar with its initiatives. */
    public record PillarView(String id, int number, String title, String html, List<String> captions,
                             List<InitiativeView> initiatives) {
    }

    /** A management item or a column. */
    public record SectionView(String id, String title, String html, List<String> captions) {
    }

    /** A reference table. */
    public record TableView(String id, String title, List<String> header, List<List<String>> rows) {
    }

    /** A mascot. */
    public record MascotView(String name, String role) {
    }
}
