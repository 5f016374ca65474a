package org.hoshin.content;

/**
 * The caption of a photo or figure in the printed policy; the picture itself is not part of the seed text.
 *
 * @param text the caption as written
 */
public record Caption(String text) {
}
