package org.hoshin.pages;

import java.util.TreeSet;
import org.hoshin.content.Edition;
import org.hoshin.content.SiteContent;
import org.hoshin.content.Ward;

/**
 * How much of Yokohama the site covers, so the home page says "5 of 18 wards, fiscal years 2021–2022" instead of
 * implying it has every ward's every policy.
 *
 * @param wards      wards with at least one edition
 * @param totalWards wards in the city
 * @param editions   editions in all
 * @param firstYear  the earliest fiscal year (Gregorian start)
 * @param lastYear   the latest fiscal year (Gregorian start)
 */
public record Coverage(int wards, int totalWards, int editions, int firstYear, int lastYear) {

    static Coverage of(SiteContent content, int totalWards) {
        TreeSet<Integer> years = new TreeSet<>();
        int editions = 0;
        for (Ward ward : content.wards()) {
            for (Edition edition : ward.editions()) {
                years.add(edition.fiscalYear().start());
                editions++;
            }
        }
        return new Coverage(content.wards().size(), totalWards, editions, years.first(), years.last());
    }
}
