package org.hoshin.seed;

/**
 * One line of a seed with what the classifier thinks it is.
 *
 * @param kind   the line's role
 * @param text   the line's content without its marker
 * @param extra  a second value some kinds carry: the pillar number, or the program name of an initiative
 * @param number the seed line number (1-based), for messages
 */
record SeedLine(Kind kind, String text, String extra, int number) {

    enum Kind {
        BLANK, PAGE_NUMBER, TITLE, PART_GOAL, PART_PILLARS, PART_MANAGEMENT, PILLAR, INITIATIVE, PROGRAM, CAPTION,
        COLUMN, BULLET, TABLE_ROW, TEXT, HEADING
    }
}
