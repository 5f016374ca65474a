package org.hoshin.seed;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoshin.content.FiscalYear;
import org.hoshin.content.YokohamaWards;

/**
 * Recognises ward and fiscal year from a policy's title line (令和４年度 泉区運営方針, 令和4年度旭区運営方針,
 * 令和３年度 港南区 運営方針, 2022年度 中区運営方針), never from the file name, so a new ward's seed needs no code
 * change. A title without a ward (令和2年度運営方針, as the city's web pages print some years) is found too, so the
 * importer can ask which ward it is.
 */
public final class SeedHeaderFinder {

    private static final String DIGIT = "[0-9０-９]";
    private static final Pattern TITLE = Pattern.compile(
            "(?:(令和|平成)\\s*(" + DIGIT + "{1,2}|元)|((?:19|20|１９|２０)" + DIGIT + "{2}))\\s*"
                    + "(?:[（(]\\s*" + DIGIT + "{4}\\s*[）)]\\s*)?年度\\s*"
                    + "(?:[（(]\\s*" + DIGIT + "{4}\\s*年度\\s*[）)]\\s*)?"
                    + "(?:横浜市\\s*)?(?:(\\S{1,5}?)\\s*区\\s*|区\\s*)?運営方針",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Finds the first title line naming a known ward; empty when the text has none. */
    public Optional<SeedHeader> find(String text) {
        return findTitle(text).flatMap(SeedTitle::header);
    }

    /**
     * Finds the policy's title: the first naming a Yokohama ward, else the first naming no ward at all. A title
     * naming an unknown ward (港区) is no Yokohama policy and is ignored.
     */
    public Optional<SeedTitle> findTitle(String text) {
        SeedTitle wardless = null;
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            Matcher m = TITLE.matcher(line);
            while (m.find()) {
                FiscalYear year;
                try {
                    year = fiscalYear(m);
                } catch (IllegalArgumentException e) {
                    throw new YearOutOfRange(number, m.group().strip());
                }
                String title = m.group().strip();
                if (m.group(4) == null) {
                    wardless = wardless == null ? new SeedTitle(Optional.empty(), year, title) : wardless;
                    continue;
                }
                Optional<YokohamaWards.Entry> ward = YokohamaWards.byJapaneseName(m.group(4));
                if (ward.isPresent()) {
                    return Optional.of(new SeedTitle(ward, year, title));
                }
            }
        }
        return Optional.ofNullable(wardless);
    }

    /** A title whose year (令和99年度) is no fiscal year hoshin can publish: at its line of the seed's text. */
    public static final class YearOutOfRange extends RuntimeException {
        private final int line;
        private final String title;

        YearOutOfRange(int line, String title) {
            super(title, null, false, false);
            this.line = line;
            this.title = title;
        }

        public int line() {
            return line;
        }

        public String title() {
            return title;
        }
    }

    /** True when the whole line is a policy title (with or without a ward), which the page shows as its title. */
    static boolean isTitleLine(String line) {
        return TITLE.matcher(line.strip()).matches();
    }

    private static FiscalYear fiscalYear(Matcher m) {
        if (m.group(3) != null) {
            return new FiscalYear(Integer.parseInt(JapaneseText.toHalfWidthDigits(m.group(3))));
        }
        return fiscalYear(m.group(1), m.group(2));
    }

    static FiscalYear fiscalYear(String era, String number) {
        int n = number.equals("元") ? 1 : Integer.parseInt(JapaneseText.toHalfWidthDigits(number));
        return new FiscalYear(era.equals("令和") ? 2018 + n : 1988 + n);
    }
}
