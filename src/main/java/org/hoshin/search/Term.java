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

    /**
     * Written out rather than generated: the index compares terms for every word of the site, and the generated
     * method is slow in a short-lived JVM that compiles with C1 only (see bin/hoshin). The components are never
     * null (the analyses give "" for no reading), and {@link #hashCode} is the value the generated one gives.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Term t && term.equals(t.term) && surface.equals(t.surface) && reading.equals(t.reading);
    }

    @Override
    public int hashCode() {
        return (term.hashCode() * 31 + surface.hashCode()) * 31 + reading.hashCode();
    }
}
