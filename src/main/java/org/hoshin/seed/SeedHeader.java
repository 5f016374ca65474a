package org.hoshin.seed;

import org.hoshin.content.FiscalYear;
import org.hoshin.content.YokohamaWards;

/**
 * What a seed says about itself in its title line: which ward and which fiscal year.
 *
 * @param ward       the ward
 * @param fiscalYear the fiscal year
 * @param title      the title as written (令和４年度 泉区運営方針)
 */
public record SeedHeader(YokohamaWards.Entry ward, FiscalYear fiscalYear, String title) {
}
