package org.hoshin.content;

/**
 * One ward's policy for one fiscal year: the unit a ward office publishes every April. Editions of a ward sit side
 * by side, so publishing next year's policy never overwrites this year's, and every edition keeps its own address.
 *
 * @param wardId     the ward the edition belongs to (izumi)
 * @param fiscalYear the fiscal year the policy covers
 * @param source     where the text came from: the seed and, where known, the city's own page or PDF
 * @param japanese   the Japanese policy
 * @param english    the English policy; items not translated yet carry the Japanese text, marked MISSING
 * @param origin     the edition's record file ({@code <year>/edition.yaml})
 */
public record Edition(String wardId, FiscalYear fiscalYear, SourceInfo source, Policy japanese, Policy english,
                      Location origin) {

    /** The policy in {@code lang}. */
    public Policy policy(Lang lang) {
        return lang.isJapanese() ? japanese : english;
    }
}
