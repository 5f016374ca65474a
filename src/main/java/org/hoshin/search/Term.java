package org.hoshin.search;

/**
 * One indexed word: the normalised form that is looked up, the form as written (for highlighting), and its
 * reading in katakana (empty where there is none, as for Latin words).
 *
 * @param term    normalised form (base form, width-folded, lower-case)
 * @param surface the text as it appears in the document
 * @param reading katakana reading, or empty
 */
public record Term(String term, String surface, String reading) {
}
