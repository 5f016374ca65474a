package org.hoshin.content;

import java.util.List;

/**
 * The basic goal (基本目標) of a policy with everything printed with it: what {@code index.md} holds besides the
 * document's title and headings. The page's own {@code goal} section is its anchor.
 *
 * @param statement   the goal as one statement (several lines where the document breaks it)
 * @param slogan      a tagline printed with the goal, or empty
 * @param body        prose explaining the goal
 * @param mascots     mascot characters
 * @param captions    captions of photos not tied to another item
 * @param translation the state of the main file ({@code index.md}) in this language
 */
public record Goal(String statement, String slogan, Markdown body, List<Mascot> mascots, List<Caption> captions,
                   Translation translation) implements PolicyItem {

    /** The anchor of the goal: the page's own section id, which no item may take. */
    public static final String ID = "goal";

    public Goal {
        mascots = List.copyOf(mascots);
        captions = List.copyOf(captions);
    }

    @Override
    public Kind kind() {
        return Kind.GOAL;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return statement;
    }

    /** Where the goal's text starts in {@code index.md}. */
    @Override
    public Location origin() {
        return body.origin();
    }
}
