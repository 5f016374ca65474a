package org.hoshin.seed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hoshin.content.Caption;
import org.hoshin.content.Catalogue;
import org.hoshin.content.Goal;
import org.hoshin.content.Initiative;
import org.hoshin.content.Location;
import org.hoshin.content.Markdown;
import org.hoshin.content.Mascot;
import org.hoshin.content.Message;
import org.hoshin.content.Pillar;
import org.hoshin.content.Policy;
import org.hoshin.content.PolicyItem;
import org.hoshin.content.Section;
import org.hoshin.content.Table;
import org.hoshin.content.TerminalLanguage;
import org.hoshin.content.Translation;

/**
 * Turns a seed's lines into a Japanese {@link Policy}. It keeps every line of text somewhere (nothing is lost),
 * placing it by the markers {@link LineClassifier} recognises; where the PDF interleaved columns the result needs
 * an editor's hand, which is why imported content is reviewed and committed rather than rebuilt from seeds.
 */
final class SeedParser {

    private static final Pattern MASCOT = Pattern.compile(
            "(マスコットキャラクター|大使)[「｢]([^」｣]{1,15})[」｣]");

    /** A count the text announces for its pillars: 「5つの柱」, 「３つの柱」, 「五つの柱」. */
    private static final Pattern ANNOUNCED_PILLARS = Pattern.compile("([0-9０-９]|[一二三四五六七八九])\\s*つの柱");

    private enum Part { PREAMBLE, GOAL, PILLARS, MANAGEMENT, COLUMNS }

    private static final String UNTITLED = "（見出しなし）";

    private final Location origin;
    private final List<SeedWarning> warnings = new ArrayList<>();
    private MarkdownBuffer warnedBuffer;
    private SeedLine firstText;
    private int line;

    private Part part = Part.PREAMBLE;
    private final StringBuilder goal = new StringBuilder();
    private boolean goalClosed;
    private String slogan = "";
    private final MarkdownBuffer goalText = new MarkdownBuffer();
    private final MarkdownBuffer notes = new MarkdownBuffer();
    /** Text under a part heading before its first pillar or item: the part's introduction, not a note. */
    private final MarkdownBuffer pillarsIntro = new MarkdownBuffer();
    private final MarkdownBuffer managementIntro = new MarkdownBuffer();
    private final List<PillarDraft> pillars = new ArrayList<>();
    private final List<ItemDraft> management = new ArrayList<>();
    private final List<ItemDraft> columns = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<Caption> captions = new ArrayList<>();
    private PillarDraft pillar;
    private ItemDraft item;
    private List<List<String>> tableRows;
    private String lastText = "";
    private StringBuilder openCaption;

    SeedParser(Location origin) {
        this.origin = origin;
    }

    /** The policy alone, for callers that do not report warnings. */
    Policy parse(String text, SeedHeader header) {
        return read(text, header).policy();
    }

    /** Reads a seed into a policy that build accepts, with warnings (seed line numbers) where it had to guess. */
    ParsedSeed read(String rawText, SeedHeader header) {
        String text = SeedText.clean(rawText);
        for (SeedLine seedLine : new SeedLines().read(text)) {
            line = seedLine.number();
            accept(seedLine);
        }
        finishTable();
        checkCounts(text);
        String statement = goal(header);
        Markdown goalBody = md(goalText);
        Markdown intro = md(pillarsIntro);
        List<Pillar> pillarList = pillars();
        Markdown managementText = md(managementIntro);
        List<Section> managementItems = sections(management, PolicyItem.Kind.MANAGEMENT, "m");
        List<Section> columnItems = sections(columns, PolicyItem.Kind.COLUMN, "column");
        Goal basicGoal = new Goal(statement, slogan, goalBody, mascots(text), captions, Translation.ORIGINAL);
        Policy policy = Policy.builder(header.ward().japaneseWithKu(), header.title(), basicGoal)
                .pillars(intro, pillarList).management(managementText, managementItems).columns(columnItems)
                .tables(tables).notes(md(notes)).build();
        List<SeedWarning> sorted = new ArrayList<>(warnings);
        sorted.sort(java.util.Comparator.comparingInt(SeedWarning::line));
        return new ParsedSeed(policy, sorted);
    }

    /** The goal found under 基本目標; else the first line of text, so the page never lacks one (with a warning). */
    private String goal(SeedHeader header) {
        String found = goal.toString().strip();
        if (!found.isEmpty()) {
            return found;
        }
        if (firstText != null) {
            unsure(goalText, firstText.number(), "seed.goalGuessed");
            return firstText.text();
        }
        warn(1, "seed.goalFromTitle");
        return header.title();
    }

    /**
     * Warns where the text announces how many pillars it has (「5つの柱」) or numbers them (施策1…5) and import found
     * another number: the text may be partial (a page missing) or mis-read, and the changes page would then report
     * the missing pillars as deleted.
     */
    private void checkCounts(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ANNOUNCED_PILLARS.matcher(lines[i]);
            if (m.find()) {
                int announced = countOf(m.group(1));
                if (announced != pillars.size()) {
                    warn(i + 1, "seed.pillarCountDiffers", m.group(), announced, pillars.size());
                }
                break;
            }
        }
        int highest = pillars.stream().mapToInt(p -> Integer.parseInt(p.number)).max().orElse(0);
        if (highest > pillars.size()) {
            List<String> missing = new ArrayList<>();
            for (int n = 1; n <= highest; n++) {
                String number = Integer.toString(n);
                if (pillars.stream().noneMatch(p -> p.number.equals(number))) {
                    missing.add(number);
                }
            }
            PillarDraft last = pillars.stream().max(java.util.Comparator.comparingInt(p -> Integer.parseInt(p.number)))
                    .orElseThrow();
            warn(last.line, "seed.pillarNumbersMissing", highest, String.join("、", missing));
        }
    }

    private static int countOf(String digit) {
        int kanji = "一二三四五六七八九".indexOf(digit);
        return kanji >= 0 ? kanji + 1 : Integer.parseInt(JapaneseText.toHalfWidthDigits(digit));
    }

    /**
     * A placement import is unsure of: warned in the summary (with the seed line) and marked in the text it went
     * to, in Japanese (the editors' language, whatever the terminal's), so that build and check keep reminding until
     * an editor confirms it by deleting the mark. The mark names no seed line: the same text read from a PDF must
     * import to the same content.
     */
    private void unsure(MarkdownBuffer at, int seedLine, String key, Object... args) {
        warn(seedLine, key, args);
        at.review(Catalogue.of(TerminalLanguage.JA).text(Message.of(key, args)));
    }

    /** Records a warning worded from the catalogue key {@code key} with {@code args}. */
    private void warn(int at, String key, Object... args) {
        warnings.add(new SeedWarning(at, Message.format(key, args)));
    }

    private void accept(SeedLine line) {
        if (firstText == null && (line.kind() == SeedLine.Kind.TEXT || line.kind() == SeedLine.Kind.BULLET
                || line.kind() == SeedLine.Kind.HEADING)) {
            firstText = line;
        }
        if (line.kind() != SeedLine.Kind.TEXT && line.kind() != SeedLine.Kind.BULLET
                && line.kind() != SeedLine.Kind.BLANK && line.kind() != SeedLine.Kind.PAGE_NUMBER) {
            warnedBuffer = null;
        }
        if (openCaption != null && line.kind() != SeedLine.Kind.BLANK) {
            continueCaption(line);
            return;
        }
        if (line.kind() != SeedLine.Kind.TABLE_ROW && line.kind() != SeedLine.Kind.BLANK) {
            finishTable();
        }
        switch (line.kind()) {
            case BLANK, PAGE_NUMBER, TITLE -> { }
            case PART_GOAL -> startPart(Part.GOAL, line);
            case PART_PILLARS -> startPart(Part.PILLARS, line);
            case PART_MANAGEMENT -> startPart(Part.MANAGEMENT, line);
            case PILLAR -> pillarHeading(line);
            case INITIATIVE -> initiative(line.text(), line.extra());
            case PROGRAM -> program(line.text());
            case CAPTION -> caption(line);
            case COLUMN -> {
                part = Part.COLUMNS;
                item = new ItemDraft(line.text().isEmpty() ? "コラム" : line.text());
                columns.add(item);
            }
            case TABLE_ROW -> tableRow(line.text());
            case BULLET -> bullet(line.text());
            case TEXT -> text(line.text());
            case HEADING -> heading(line);
            case SECTION -> section(line);
            case SUBHEADING -> subheading(line);
            case NUMBERED -> numbered(line);
            case TEXT_HEADING -> textHeading(line);
        }
    }

    /** A heading found by its neighbours: ends the goal statement, else stays a heading in the current text. */
    private void textHeading(SeedLine line) {
        if (part == Part.GOAL && item == null && !goalClosed && goal.isEmpty()) {
            text(line.text());
            return;
        }
        goalClosed = goalClosed || part == Part.GOAL;
        buffer().heading(line.text());
    }

    /**
     * A block that is no pillar (【協働を進めるための取組】) becomes a section of its own among the columns; the
     * importer cannot be sure, so it says so.
     */
    private void section(SeedLine line) {
        part = Part.COLUMNS;
        pillar = null;
        item = new ItemDraft(line.text());
        columns.add(item);
        unsure(item.body, line.number(), "seed.ownSection", line.text());
    }

    /**
     * A bracketed heading (〈…取組方針〉): in the management part it heads the next item, under a pillar without an
     * initiative yet its next initiative; elsewhere a heading inside the text it stands in.
     */
    private void subheading(SeedLine line) {
        if (part == Part.MANAGEMENT || part == Part.PILLARS && pillar != null && item == null) {
            initiative(line.text(), "");
        } else {
            buffer().heading(line.text());
        }
    }

    private void numbered(SeedLine line) {
        goalClosed = goalClosed || part == Part.GOAL;
        buffer().numbered(line.extra(), line.text());
    }

    private void startPart(Part next, SeedLine line) {
        part = next;
        pillar = null;
        item = null;
        if (!line.text().isEmpty()) {
            if (next == Part.GOAL && goal.isEmpty()) {
                goal.append(line.text());
            } else {
                text(line.text());
            }
        }
    }

    private void pillarHeading(SeedLine line) {
        if (part == Part.MANAGEMENT) {
            item = new ItemDraft(line.text());
            management.add(item);
            return;
        }
        if (numberedInASection(line)) {
            buffer().numbered(line.extra(), line.text());
            return;
        }
        if (numberedOtherwise(line)) {
            heading(line.as(SeedLine.Kind.HEADING));
            return;
        }
        part = Part.PILLARS;
        item = null;
        for (PillarDraft existing : pillars) {
            if (existing.number.equals(line.extra())) {
                pillar = existing;
                pillar.numbered = true;
                if (!compact(existing.title).contains(compact(line.text()))) {
                    unsure(pillar.summary, line.number(), "seed.pillarRetitled", line.extra());
                    pillar.summary.text(line.text());
                }
                return;
            }
        }
        pillar = new PillarDraft(line.extra(), line.text());
        pillar.numbered = true;
        pillar.style = line.style();
        pillars.add(pillar);
    }

    /**
     * True for a numbered heading in another style than the pillars' (（1） under 施策1, or in a section of its
     * own): a heading inside the pillar or section, not a pillar.
     */
    /**
     * True for a numbered line inside a column or a section of its own (1 地域活動者同士の顔の見える関係づくり) when
     * the pillars are not known to be numbered that way: an item of a list there, not a pillar. 施策1 and 第1 name
     * pillars wherever they stand.
     */
    private boolean numberedInASection(SeedLine line) {
        if (part != Part.COLUMNS || item == null || line.style().equals("施策") || line.style().equals("第")) {
            return false;
        }
        return pillars.stream().noneMatch(p -> p.numbered && p.style.equals(line.style()));
    }

    private boolean numberedOtherwise(SeedLine line) {
        String style = pillars.stream().filter(p -> p.numbered).map(p -> p.style).findFirst().orElse("");
        boolean inside = part == Part.PILLARS && pillar != null || part == Part.COLUMNS && item != null;
        return inside && !style.isEmpty() && !style.equals(line.style());
    }

    /**
     * A heading without a marker: among pillars that had no numbers it is the next pillar, under a numbered pillar
     * one of its initiatives, in the management part the next item; elsewhere it is text.
     */
    private void heading(SeedLine line) {
        switch (part) {
            case PILLARS -> {
                if (pillar == null || !pillar.numbered) {
                    item = null;
                    pillar = new PillarDraft(Integer.toString(pillars.size() + 1), line.text());
                    pillars.add(pillar);
                } else {
                    initiative(line.text(), "");
                }
            }
            case MANAGEMENT -> initiative(line.text(), "");
            case GOAL -> {
                if (item == null && !goalClosed) {
                    text(line.text());
                } else {
                    buffer().heading(line.text());
                }
            }
            default -> buffer().heading(line.text());
        }
    }

    private static String compact(String s) {
        return s.replaceAll("\\s+", "");
    }

    private void initiative(String title, String program) {
        switch (part) {
            case PILLARS -> {
                if (pillar == null) {
                    pillar = new PillarDraft(Integer.toString(pillars.size() + 1), title);
                    pillars.add(pillar);
                }
                item = new ItemDraft(title);
                item.program = program;
                pillar.initiatives.add(item);
            }
            case MANAGEMENT -> {
                item = new ItemDraft(title);
                management.add(item);
            }
            default -> buffer().text(title + (program.isEmpty() ? "" : "【" + program + "】"));
        }
    }

    private void program(String name) {
        if (item != null && item.program.isEmpty() && item.body.isEmpty()) {
            item.program = name;
        } else {
            initiative(name, name);
        }
    }

    private void caption(SeedLine line) {
        if (line.extra().equals("open")) {
            openCaption = new StringBuilder(line.text());
            return;
        }
        addCaption(line.text());
    }

    private void continueCaption(SeedLine line) {
        String raw = line.text();
        int close = raw.indexOf('＞');
        if (line.kind() == SeedLine.Kind.CAPTION) {
            raw = "＜" + raw;
        }
        if (close >= 0 || line.kind() != SeedLine.Kind.TEXT) {
            openCaption.append(close >= 0 ? raw.substring(0, close) : raw);
            String text = openCaption.toString();
            openCaption = null;
            addCaption(text);
        } else {
            openCaption.append(raw);
        }
    }

    private void addCaption(String text) {
        Caption caption = new Caption(text.strip());
        if (item != null) {
            item.captions.add(caption);
        } else if (pillar != null) {
            pillar.captions.add(caption);
        } else {
            captions.add(caption);
        }
    }

    private void tableRow(String row) {
        if (tableRows == null) {
            tableRows = new ArrayList<>();
        }
        tableRows.add(List.of(row.split("\t", -1)).stream().map(String::strip).toList());
    }

    private void finishTable() {
        if (tableRows == null) {
            return;
        }
        List<String> header = tableRows.get(0);
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : tableRows.subList(1, tableRows.size())) {
            List<String> cells = new ArrayList<>(row);
            while (cells.size() < header.size()) {
                cells.add("");
            }
            rows.add(cells.subList(0, header.size()));
        }
        String title = lastText.isEmpty() ? "参考" : lastText;
        tables.add(new Table("table-" + (tables.size() + 1), title, header, rows, origin, Translation.ORIGINAL));
        tableRows = null;
    }

    private void bullet(String line) {
        if (part == Part.GOAL && item == null && !goalClosed && !JapaneseText.endsSentence(line)) {
            goal.append(goal.isEmpty() ? "" : "\n").append(line);
            return;
        }
        buffer().bullet(line);
    }

    private void text(String line) {
        lastText = line.replaceAll("^【(.+)】(.*)$", "$1$2");
        if (part == Part.GOAL && item == null && !goalClosed) {
            if (line.startsWith("～") || line.startsWith("〜")) {
                slogan = line;
                return;
            }
            if (!JapaneseText.endsSentence(line) && line.length() <= 40) {
                goal.append(goal.isEmpty() ? "" : "\n").append(line);
                return;
            }
            goalClosed = true;
        }
        buffer().text(line);
    }

    /** Where text goes now; text that lands in the notes or before any heading is reported once per block. */
    private MarkdownBuffer buffer() {
        MarkdownBuffer target = target();
        if ((target == notes || part == Part.PREAMBLE) && target != warnedBuffer) {
            warnedBuffer = target;
            unsure(target, line, target == notes ? "seed.unplacedInNotes" : "seed.unplacedInGoal");
        }
        return target;
    }

    private MarkdownBuffer target() {
        if (item != null) {
            return item.body;
        }
        if (pillar != null) {
            return pillar.summary;
        }
        return switch (part) {
            case GOAL, PREAMBLE -> goalText;
            case PILLARS -> pillars.isEmpty() ? pillarsIntro : notes;
            case MANAGEMENT -> management.isEmpty() ? managementIntro : notes;
            default -> notes;
        };
    }

    private List<Pillar> pillars() {
        List<Pillar> result = new ArrayList<>();
        int p = 0;
        List<PillarDraft> byNumber = new ArrayList<>(pillars);
        byNumber.sort(java.util.Comparator.comparingInt(d -> Integer.parseInt(d.number)));
        for (PillarDraft draft : byNumber) {
            p++;
            List<Initiative> initiatives = new ArrayList<>();
            int i = 0;
            for (ItemDraft d : draft.initiatives) {
                initiatives.add(new Initiative("p" + p + "-" + (++i), titled(d.title, d.line), d.program, md(d.body),
                        d.captions, List.of(), origin, Translation.ORIGINAL));
            }
            result.add(new Pillar("p" + p, titled(draft.title, draft.line), md(draft.summary), initiatives, draft.captions, origin,
                    Translation.ORIGINAL));
        }
        return result;
    }

    private List<Section> sections(List<ItemDraft> drafts, PolicyItem.Kind kind, String prefix) {
        List<Section> result = new ArrayList<>();
        int n = 0;
        for (ItemDraft d : drafts) {
            result.add(new Section(kind, prefix + (++n), titled(d.title, d.line), md(d.body), d.captions, origin, Translation.ORIGINAL));
        }
        return result;
    }

    private static List<Mascot> mascots(String text) {
        String flat = text.replaceAll("\\s+", "");
        Set<Mascot> found = new LinkedHashSet<>();
        Matcher m = MASCOT.matcher(flat);
        while (m.find()) {
            String role = m.group(1).equals("大使") ? "大使" : "マスコットキャラクター";
            found.add(new Mascot(m.group(2), role));
        }
        return List.copyOf(found);
    }

    /** A title build accepts: never empty. */
    private String titled(String title, int at) {
        if (!title.isBlank()) {
            return title.strip();
        }
        warn(at, "seed.untitledHeading", UNTITLED);
        return UNTITLED;
    }

    private Markdown md(MarkdownBuffer buffer) {
        return new Markdown(buffer.toMarkdown(), origin);
    }

    private final class PillarDraft {
        final String number;
        final String title;
        final int line;
        boolean numbered;
        /** How its heading was numbered (施策, （）, 1. …), empty when it had no number. */
        String style = "";
        final MarkdownBuffer summary = new MarkdownBuffer();
        final List<ItemDraft> initiatives = new ArrayList<>();
        final List<Caption> captions = new ArrayList<>();

        PillarDraft(String number, String title) {
            this.number = number;
            this.title = title;
            this.line = SeedParser.this.line;
        }
    }

    private final class ItemDraft {
        final String title;
        final int line;
        String program = "";
        final MarkdownBuffer body = new MarkdownBuffer();
        final List<Caption> captions = new ArrayList<>();

        ItemDraft(String title) {
            this.title = title;
            this.line = SeedParser.this.line;
        }
    }
}
