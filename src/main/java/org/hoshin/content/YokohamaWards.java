package org.hoshin.content;

import java.util.List;
import java.util.Optional;

/**
 * The eighteen wards of Yokohama with the romanised ids used in URLs and their English names.
 * Import recognises a ward from its Japanese name in the seed text, so any ward's policy can be added.
 */
public final class YokohamaWards {

    /**
     * One ward.
     *
     * @param id       romanised id (izumi)
     * @param japanese name without 区 (泉)
     * @param english  English name (Izumi Ward)
     */
    public record Entry(String id, String japanese, String english) {

        /** The Japanese name as written in policies, with 区 (泉区). */
        public String japaneseWithKu() {
            return japanese + "区";
        }
    }

    private static final List<Entry> WARDS = List.of(
            new Entry("tsurumi", "鶴見", "Tsurumi Ward"),
            new Entry("kanagawa", "神奈川", "Kanagawa Ward"),
            new Entry("nishi", "西", "Nishi Ward"),
            new Entry("naka", "中", "Naka Ward"),
            new Entry("minami", "南", "Minami Ward"),
            new Entry("konan", "港南", "Konan Ward"),
            new Entry("hodogaya", "保土ケ谷", "Hodogaya Ward"),
            new Entry("asahi", "旭", "Asahi Ward"),
            new Entry("isogo", "磯子", "Isogo Ward"),
            new Entry("kanazawa", "金沢", "Kanazawa Ward"),
            new Entry("kohoku", "港北", "Kohoku Ward"),
            new Entry("midori", "緑", "Midori Ward"),
            new Entry("aoba", "青葉", "Aoba Ward"),
            new Entry("tsuzuki", "都筑", "Tsuzuki Ward"),
            new Entry("totsuka", "戸塚", "Totsuka Ward"),
            new Entry("sakae", "栄", "Sakae Ward"),
            new Entry("izumi", "泉", "Izumi Ward"),
            new Entry("seya", "瀬谷", "Seya Ward"));

    private YokohamaWards() {
    }

    /** Every ward in the city's own order (鶴見, 神奈川, 西, …, 瀬谷), the order in which wards are listed. */
    public static List<Entry> all() {
        return WARDS;
    }

    /**
     * The place of ward {@code id} in the city's order, so that every list of wards on the site follows it
     * rather than the romanised ids' alphabet; an unknown id sorts last.
     */
    public static int order(String id) {
        for (int i = 0; i < WARDS.size(); i++) {
            if (WARDS.get(i).id().equals(id)) {
                return i;
            }
        }
        return WARDS.size();
    }

    public static Optional<Entry> byId(String id) {
        return WARDS.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /**
     * Finds a ward by its Japanese name, with or without 区; 保土ヶ谷 and 保土ケ谷 are both accepted.
     */
    public static Optional<Entry> byJapaneseName(String name) {
        String bare = name.strip().replace('ヶ', 'ケ').replace('ｹ', 'ケ');
        if (bare.endsWith("区")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        String wanted = bare;
        return WARDS.stream().filter(w -> w.japanese().equals(wanted)).findFirst();
    }

    /** Japanese names without 区, longest first, for recognising a ward inside running text. */
    public static List<String> japaneseNamesLongestFirst() {
        return WARDS.stream().map(Entry::japanese)
                .sorted((a, b) -> b.length() - a.length()).toList();
    }
}
