package org.hoshin.seed;

/**
 * One line of a seed with what the classifier thinks it is.
 *
 * @param kind   the line's role
 * @param text   the line's content without its marker
 * @param extra  a second value some kinds carry: the pillar number, or the program name of an initiative
 * @param number the seed line number (1-based), for messages
 * @param style  how a pillar or numbered item is numbered (施策1, （1）, 1., ①…), to tell a pillar heading from
 *               an item numbered in another style inside it; empty for other kinds
 */
record SeedLine(Kind kind, String text, String extra, int number, String style) {

    SeedLine(Kind kind, String text, String extra, int number) {
        this(kind, text, extra, number, "");
    }

    /**
     * The kinds of line. {@code SECTION} opens a block that is neither a pillar nor an item (【協働を進めるための取組】),
     * {@code SUBHEADING} is a bracketed heading inside a text (〈…取組方針〉), {@code NUMBERED} an item of a numbered
     * list (its number in {@code extra}), {@code TEXT_HEADING} a short unmarked heading found only by its
     * neighbours, kept as a heading inside the text it stands in (never a new item: the guess is weaker).
     */
    enum Kind {
        BLANK, PAGE_NUMBER, TITLE, PART_GOAL, PART_PILLARS, PART_MANAGEMENT, PILLAR, INITIATIVE, PROGRAM, CAPTION,
        COLUMN, BULLET, TABLE_ROW, TEXT, HEADING, SECTION, SUBHEADING, NUMBERED, TEXT_HEADING
    }

    SeedLine as(Kind other) {
        return new SeedLine(other, text, extra, number, style);
    }
}
