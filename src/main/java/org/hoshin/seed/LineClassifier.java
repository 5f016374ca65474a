package org.hoshin.seed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what each line of a PDF-extracted seed is, from markers the five known layouts share: Roman-numeral
 * part headings, numbered pillar headings, ◆ and ① initiatives, 【…事業】 program names, ＜…＞ captions,
 * bullets, tab-separated table rows and page numbers such as －２－.
 */
final class LineClassifier {

    private static final Pattern PAGE_NUMBER = Pattern.compile("[－\\-–—]?\\s*[0-9０-９]{1,2}\\s*[－\\-–—]?");
    private static final String DIGIT = "[0-9０-９]";
    private static final Pattern PART = Pattern.compile(
            "(?:主な取組\\s*[（(]\\s*)?[【\\[]?\\s*(?:Ⅰ|Ⅱ|Ⅲ|III|II|I|第?[1-3１-３]\\s*[.．、]?)\\s*"
                    + "(基本目標|目標達成に向けた施策|目標達成に向けた組織運営|組織運営)"
                    + "(?:の" + DIGIT + "つの柱)?\\s*[】\\]]?[）)]?\\s*(.*)");
    /** A part heading without a number, alone on its line or followed by a colon or a space and its text. */
    private static final Pattern BARE_PART = Pattern.compile(
            "[【\\[]?\\s*(基本目標|目標達成に向けた施策|目標達成に向けた組織運営|組織運営|主な取組)"
                    + "(?:の" + DIGIT + "つの柱)?\\s*[】\\]]?\\s*(?:[：:\\s]\\s*(.*))?");
    /** Pillar numbering: 1 / 1. / １． / (1) / （１） / 施策１ / 柱１ / 第1, then the title. */
    private static final Pattern PILLAR = Pattern.compile(
            "(?:(?:施策|柱)\\s*(" + DIGIT + "{1,2})\\s*[.．:：]?|第\\s*(" + DIGIT + "{1,2})\\s*[.．:：、]?(?=\\s)"
                    + "|[（(]\\s*(" + DIGIT + "{1,2})\\s*[）)]|(" + DIGIT + "{1,2})\\s*[.．](?!" + DIGIT + ")"
                    + "|([1-9１-９])(?=\\s))\\s*(\\S.*)");
    private static final Pattern INITIATIVE = Pattern.compile("◆\\s*(.+?)\\s*(?:【(.+?)】)?");
    private static final Pattern CIRCLED = Pattern.compile("([①-⑳])\\s*(\\S.*)");
    private static final Pattern BRACKETED = Pattern.compile("【([^】]+)】");
    private static final Pattern CAPTION = Pattern.compile("＜([^＞]*)＞?");
    /** 〈…〉 and <…> closed on their line: a caption or, by what follows, a heading ({@link SeedLines}). */
    private static final Pattern ANGLED = Pattern.compile("[〈<]([^〈〉<>]+)[〉>]");
    private static final Pattern COLUMN = Pattern.compile(
            "(?:[<＜〈【]\\s*コラム\\s*[>＞〉】]|コラム\\s*[①-⑳0-9０-９]?)\\s*(.*)");
    /** An item numbered in any of the city's styles: (1) （１） ① 1. １． 1、 or a number and a space. */
    private static final Pattern NUMBERED = Pattern.compile(
            "(?:[（(]\\s*(" + DIGIT + "{1,2})\\s*[）)]|([①-⑳])|(" + DIGIT + "{1,2})\\s*[.．、](?!" + DIGIT + ")"
                    + "|(" + DIGIT + "{1,2})(?=[\\s\u3000]))\\s*(\\S.*)");
    /**
     * A 【…】 block that belongs to no pillar: the ward's approach to working with residents, its anniversary, what
     * the whole office does (【協働を進めるための取組】, 【区制50周年に向けた取組】). Other 【…】 lines head initiatives.
     */
    private static final Pattern CROSS_CUTTING = Pattern.compile(
            "(?:協働|横断|区全体|全庁|共通|区制).*(?:取組|取り組み|方針|について|推進)"
                    + "|.*(?:協働を進める|協働による地域づくり|協働の推進|区制\\s*[0-9０-９]+\\s*周年).*");
    private static final Pattern BULLET = Pattern.compile("(?:[-*]\\s+)?[・■●◇★•○◯]\\s*(.*)|[-*]\\s+(.*)");

    SeedLine classify(String rawLine, int number) {
        String line = rawLine.strip();
        if (line.isEmpty()) {
            return new SeedLine(SeedLine.Kind.BLANK, "", "", number);
        }
        if (rawLine.contains("\t")) {
            return new SeedLine(SeedLine.Kind.TABLE_ROW, rawLine.strip(), "", number);
        }
        if (PAGE_NUMBER.matcher(line).matches()) {
            return new SeedLine(SeedLine.Kind.PAGE_NUMBER, line, "", number);
        }
        Matcher m = PART.matcher(line);
        if (m.matches() || (m = BARE_PART.matcher(line)).matches()) {
            SeedLine.Kind kind = switch (m.group(1)) {
                case "基本目標" -> SeedLine.Kind.PART_GOAL;
                case "目標達成に向けた施策", "主な取組" -> SeedLine.Kind.PART_PILLARS;
                default -> SeedLine.Kind.PART_MANAGEMENT;
            };
            return new SeedLine(kind, m.group(2) == null ? "" : m.group(2).strip(), "", number);
        }
        if (line.matches(".*(令和|平成).*年度.*区\\s*運営方針\\s*") || SeedHeaderFinder.isTitleLine(line)) {
            return new SeedLine(SeedLine.Kind.TITLE, line, "", number);
        }
        if ((m = COLUMN.matcher(line)).matches()) {
            return new SeedLine(SeedLine.Kind.COLUMN, m.group(1).strip(), "", number);
        }
        if ((m = PILLAR.matcher(line)).matches() && !JapaneseText.endsSentence(line) && line.length() < 60) {
            return new SeedLine(SeedLine.Kind.PILLAR, m.group(6).strip(), pillarNumber(m), number, pillarStyle(m));
        }
        if ((m = INITIATIVE.matcher(line)).matches()) {
            if (m.group(2) == null && isCrossCutting(m.group(1).strip())) {
                return new SeedLine(SeedLine.Kind.SECTION, m.group(1).strip(), "", number);
            }
            return new SeedLine(SeedLine.Kind.INITIATIVE, m.group(1).strip(), m.group(2) == null ? "" : m.group(2),
                    number);
        }
        if ((m = CIRCLED.matcher(line)).matches() && circled(line) == 1
                && !JapaneseText.endsSentence(line)) {
            return new SeedLine(SeedLine.Kind.INITIATIVE, line, "", number);
        }
        if ((m = NUMBERED.matcher(line)).matches() && circled(line) <= 1
                && (JapaneseText.endsSentence(line) || line.length() >= 60)) {
            return new SeedLine(SeedLine.Kind.NUMBERED, m.group(5).strip(), itemNumber(m), number, numberStyle(m));
        }
        if ((m = BRACKETED.matcher(line)).matches()) {
            String inside = m.group(1).strip();
            if (inside.endsWith("事業")) {
                return new SeedLine(SeedLine.Kind.PROGRAM, inside, "", number);
            }
            return new SeedLine(isCrossCutting(inside) ? SeedLine.Kind.SECTION : SeedLine.Kind.INITIATIVE, inside,
                    "", number);
        }
        if (line.startsWith("＜") && (m = CAPTION.matcher(line)).matches()) {
            return new SeedLine(SeedLine.Kind.CAPTION, m.group(1).strip(), line.endsWith("＞") ? "" : "open", number);
        }
        if ((m = ANGLED.matcher(line)).matches()) {
            return new SeedLine(SeedLine.Kind.CAPTION, m.group(1).strip(), "", number);
        }
        if ((m = BULLET.matcher(line)).matches()) {
            String text = m.group(1) != null ? m.group(1) : m.group(2);
            return new SeedLine(SeedLine.Kind.BULLET, text.strip(), "", number);
        }
        return new SeedLine(SeedLine.Kind.TEXT, line, "", number);
    }

    /** True for the title of a block that belongs to no pillar (協働を進めるための取組, 区制50周年…). */
    static boolean isCrossCutting(String title) {
        return CROSS_CUTTING.matcher(title).matches();
    }

    /** How many circled numbers a line holds: more than one is a row of items, not one item. */
    private static long circled(String line) {
        return line.codePoints().filter(c -> c >= '①' && c <= '⑳').count();
    }

    /** The numbering style of a pillar heading: 施策, 第, (), 1. or a bare number. */
    private static String pillarStyle(Matcher m) {
        return m.group(1) != null ? "施策" : m.group(2) != null ? "第" : m.group(3) != null ? "()"
                : m.group(4) != null ? "1." : "1";
    }

    private static String numberStyle(Matcher m) {
        return m.group(1) != null ? "()" : m.group(2) != null ? "①" : m.group(3) != null ? "1." : "1";
    }

    /** The number of a numbered item as ASCII digits (① is 1). */
    private static String itemNumber(Matcher m) {
        if (m.group(2) != null) {
            return Integer.toString(m.group(2).charAt(0) - '①' + 1);
        }
        String digits = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
        return Integer.toString(Integer.parseInt(JapaneseText.toHalfWidthDigits(digits)));
    }

    /** The pillar number of whichever numbering style matched, as ASCII digits without leading zeros. */
    private static String pillarNumber(Matcher m) {
        for (int g = 1; g <= 5; g++) {
            if (m.group(g) != null) {
                return Integer.toString(Integer.parseInt(JapaneseText.toHalfWidthDigits(m.group(g))));
            }
        }
        throw new IllegalStateException("pillar pattern matched without a number");
    }
}
