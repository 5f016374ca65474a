package org.hoshin.content;

/**
 * One ward's policy for one fiscal year, with where it came from.
 *
 * @param id         romanised ward id used in URLs (izumi)
 * @param fiscalYear the fiscal year the policy covers
 * @param source     the seed it was imported from
 * @param japanese   the Japanese policy
 * @param english    the English policy; items not translated yet carry the Japanese text, marked MISSING
 * @param origin     the ward's metadata file
 */
public record Ward(String id, FiscalYear fiscalYear, SourceInfo source, Policy japanese, Policy english,
                   Location origin) {
}
