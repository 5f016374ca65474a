package org.hoshin.seed;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoshin.content.FiscalYear;
import org.hoshin.content.YokohamaWards;

/**
 * Recognises ward and fiscal year from a policy's title line (令和４年度 泉区運営方針, 令和4年度旭区運営方針,
 * 令和３年度 港南区 運営方針), never from the file name, so a new ward's seed needs no code change.
 */
public final class SeedHeaderFinder {

    private static final Pattern TITLE = Pattern.compile(
            "(令和|平成)\\s*([0-9０-９]{1,2}|元)\\s*年度\\s*(?:横浜市\\s*)?(\\S{1,5}?)\\s*区\\s*運営方針");

    /** Finds the first title line naming a known ward; empty when the text has none. */
    public Optional<SeedHeader> find(String text) {
        for (String line : text.split("\n")) {
            Matcher m = TITLE.matcher(line);
            while (m.find()) {
                Optional<YokohamaWards.Entry> ward = YokohamaWards.byJapaneseName(m.group(3));
                if (ward.isPresent()) {
                    FiscalYear year = fiscalYear(m.group(1), m.group(2));
                    return Optional.of(new SeedHeader(ward.get(), year, m.group().strip()));
                }
            }
        }
        return Optional.empty();
    }

    static FiscalYear fiscalYear(String era, String number) {
        int n = number.equals("元") ? 1 : Integer.parseInt(JapaneseText.toHalfWidthDigits(number));
        return new FiscalYear(era.equals("令和") ? 2018 + n : 1988 + n);
    }
}
