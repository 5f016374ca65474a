package org.hoshin.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hoshin.content.SourceHash;

/**
 * Two editions of a made-up policy of Sakae Ward (栄区, a ward the real content does not have), as seed texts the
 * way the city prints them, for the tests of the yearly cycle: import a year, translate it, import the next.
 *
 * <p>From {@link #FIRST} (令和5年度, 2023) to {@link #NEXT} (令和6年度, 2024): pillar 1's two initiatives swap places
 * and the first of them ({@link #DISASTER}) gains a phrase ({@link #ADDED_PHRASE}); pillar 2 gains a new initiative
 * ({@link #NEW_TITLE}) before its second; pillar 3 drops its second initiative ({@link #DROPPED_TITLE}); everything
 * else is word for word the same.
 */
public final class MadeUpWard {

    public static final String WARD = "sakae";
    public static final String DISASTER = "地域防災力の向上";
    public static final String PATROL = "防犯パトロールの推進";
    public static final String ADDED_PHRASE = "、外国語版も作ります";
    public static final String NEW_TITLE = "多文化共生の窓口づくり";
    public static final String DROPPED_TITLE = "本郷台駅前の花壇づくり";
    public static final String ELDERLY = "高齢者の見守り活動";

    private static final String DISASTER_ITEM = DISASTER + """


            - ・地域防災拠点の訓練を支援し、防災備蓄庫の点検を進めます。
            - ・防災マップを作り直し、全戸に配布します。

            """;
    private static final String PATROL_ITEM = PATROL + """


            - ・地域の防犯パトロール隊に青色回転灯の貸し出しを行います。

            """;
    private static final String NEW_ITEM = NEW_TITLE + """


            - ・外国人住民のための相談窓口を区役所に開き、通訳を配置します。

            """;
    private static final String DROPPED_ITEM = DROPPED_TITLE + """


            - ・駅前の花壇を区民ボランティアとともに植え替えます。

            """;

    /** The 2023 policy. */
    public static final String FIRST = text("令和5年度", DISASTER_ITEM + PATROL_ITEM, "", DROPPED_ITEM);

    /** The 2024 policy. */
    public static final String NEXT = text("令和6年度", PATROL_ITEM + DISASTER_ITEM.replace("全戸に配布します",
            "全戸に配布し" + ADDED_PHRASE), NEW_ITEM, "");

    private static final Pattern TITLE = Pattern.compile("(?m)^title: (.*)$");

    private MadeUpWard() {
    }

    private static String text(String year, String pillar1, String newInPillar2, String dropped) {
        return year + """
                栄区運営方針

                I 基本目標

                水と緑に囲まれ、だれもが安心して暮らせるまち栄

                - 区民の皆様とともに、安全で安心なまちづくりを進めます。
                - 地域のつながりを大切にし、支え合いの輪を広げます。

                II 目標達成に向けた施策の3つの柱

                安全・安心

                - 災害に備える地域の力を高めます

                支え合い

                - 身近な地域での見守りを進めます

                にぎわい

                - 栄区の魅力を発信します

                主な取組

                1 安全・安心

                """ + pillar1 + """
                2 支え合い

                """ + ELDERLY + """


                - ・民生委員と地域ケアプラザが連携し、一人暮らしの高齢者を訪問します。

                """ + newInPillar2 + """
                子育てサロンの運営支援

                - ・地区センターでの子育てサロンの開催を支援し、保育士を派遣します。

                3 にぎわい

                いたち川の魅力発信

                - ・いたち川沿いの散策マップを作り、ホタルの観察会を開きます。

                """ + dropped;
    }

    /** Writes {@code text} as the seed {@code name} in {@code seeds} (made if absent); returns the file. */
    public static Path seed(Path seeds, String name, String text) throws IOException {
        Files.createDirectories(seeds);
        return Files.writeString(seeds.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The folder of the made-up ward's edition {@code year} in {@code content}. */
    public static Path edition(Path content, int year) {
        return content.resolve("wards").resolve(WARD).resolve(Integer.toString(year));
    }

    /**
     * Translates every Japanese file of an edition as a translator would, with the {@code source-sha256} of the
     * Japanese it translates: the English title of an item is "EN " and its Japanese title, so a test can tell
     * whose English a page shows.
     */
    public static void translate(Path editionDir) throws IOException {
        Path ja = editionDir.resolve("ja");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ja)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = ja.relativize(file).toString();
            String japanese = Files.readString(file);
            StringBuilder en = new StringBuilder("---\nsource-sha256: " + SourceHash.ofText(japanese) + "\n");
            Matcher title = TITLE.matcher(japanese);
            if (relative.equals("index.md")) {
                en.append("title: Sakae Ward Management Policy\ngoal: A town of water and green where all live safely\n");
            } else if (title.find()) {
                en.append("title: ").append(english(title.group(1))).append('\n');
            }
            en.append("---\n\nThe English of ").append(relative).append(".\n");
            Path target = editionDir.resolve("en").resolve(relative);
            Files.createDirectories(target.getParent());
            Files.writeString(target, en.toString(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Swaps the first two files of a folder as the guide says to reorder items (01.md → tmp.md, 02.md → 01.md,
     * tmp.md → 02.md), leaving everything else, the English files included, where it is.
     */
    public static void swapFirstTwo(Path dir) throws IOException {
        Files.move(dir.resolve("01.md"), dir.resolve("tmp.md"));
        Files.move(dir.resolve("02.md"), dir.resolve("01.md"));
        Files.move(dir.resolve("tmp.md"), dir.resolve("02.md"));
    }

    /** The English title {@link #translate} gives an item with the Japanese title {@code japanese}. */
    public static String english(String japanese) {
        return "EN " + japanese;
    }
}
