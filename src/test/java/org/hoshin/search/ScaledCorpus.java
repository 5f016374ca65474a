package org.hoshin.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hoshin.content.YokohamaWards;

/**
 * A corpus the size the site is heading for, 18 wards × N fiscal years, made in memory from the real documents so
 * the index can be measured before the content exists. Each edition takes a real ward's documents, puts in its own
 * ward name, shifts the digits by the year, adds a sentence from another ward's document and a made-up place name,
 * so the vocabulary grows with the corpus as real editions would (new names, numbers, wording) rather than staying
 * that of five wards.
 */
final class ScaledCorpus {

    private static final String PLACE_KANJI = "桜梅松竹藤菊萩桃柿栗杉楓若緑青白赤黒金銀東西南北上下中新本元宮森林川池沢浜岡丘台原野坂谷";
    private static final String[] PLACE_KINDS = {"公園", "地区センター", "ケアプラザ", "小学校", "商店街", "自治会"};

    private ScaledCorpus() {
    }

    /** Ward id → ward name in the language (泉区, Izumi Ward) for all 18 wards. */
    static Map<String, String> wardNames(String lang) {
        Map<String, String> names = new LinkedHashMap<>();
        YokohamaWards.all().forEach(w -> names.put(w.id(), lang.equals("ja") ? w.japaneseWithKu() : w.english()));
        return names;
    }

    static List<SearchDocument> of(List<SearchDocument> real, String lang, int years, int lastYear) {
        Map<String, String> names = wardNames(lang);
        List<String> sourceWards = real.stream().map(SearchDocument::ward).distinct().toList();
        List<SearchDocument> docs = new ArrayList<>();
        int w = 0;
        for (String ward : names.keySet()) {
            for (int y = 0; y < years; y++) {
                int year = lastYear - years + 1 + y;
                String source = sourceWards.get((w + y) % sourceWards.size());
                List<SearchDocument> originals = real.stream().filter(d -> d.ward().equals(source)).toList();
                for (int k = 0; k < originals.size(); k++) {
                    SearchDocument d = originals.get(k);
                    int seed = k * 7 + w * 13 + y * 31;
                    String extra = sentence(real.get(seed % real.size()).text(), seed);
                    String place = names.get(ward).replace(" Ward", "") + PLACE_KANJI.charAt(seed % PLACE_KANJI.length())
                            + PLACE_KANJI.charAt((seed / 7 + w) % PLACE_KANJI.length())
                            + PLACE_KINDS[(seed + y) % PLACE_KINDS.length];
                    String from = names.get(source);
                    docs.add(new SearchDocument(ward, year, d.section(), vary(d.title(), from, names.get(ward), y),
                            vary(d.program(), from, names.get(ward), y),
                            vary(d.text(), from, names.get(ward), y) + " " + extra + " " + place,
                            "wards/" + ward + "/" + year + "/" + d.url().substring(d.url().indexOf('#'))));
                }
            }
            w++;
        }
        return docs;
    }

    private static String vary(String text, String from, String to, int shift) {
        StringBuilder out = new StringBuilder();
        text.replace(from, to).codePoints().forEach(c -> {
            if (c >= '0' && c <= '9') {
                out.append((char) ('0' + (c - '0' + shift) % 10));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String sentence(String text, int seed) {
        String[] sentences = text.split("(?<=[。.])");
        return sentences[seed % sentences.length].strip();
    }
}
