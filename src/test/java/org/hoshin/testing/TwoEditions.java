package org.hoshin.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hoshin.testing.Trees;

/**
 * The real content with a second, earlier edition of Izumi Ward made from the real one, as a ward office's next
 * year would differ: 2021 has a sentence 2022 dropped (p1-1), lacks a sentence 2022 added (p1-2), has an
 * initiative 2022 dropped (p2-4), lacks one 2022 added (p3-3), names p4-1 differently, under another id, and
 * has p3-2 (unchanged) in pillar 2, from where 2022 moved it to pillar 3.
 * The English files are copied as they are, so those of changed Japanese files are stale.
 */
public final class TwoEditions {

    public static final String DROPPED_SENTENCE = "あわせて、区の魅力を伝える冊子を毎年発行します。";
    public static final String ADDED_SENTENCE = "また、将来にわたって活動を継続していくため、保存会の活動を紹介する交通広告への掲出やパネル展を実施します。";
    public static final String REMOVED_TITLE = "プラスチックごみ削減の啓発";
    public static final String OLD_ID = "p4-9";
    public static final String OLD_TITLE_WORD = "策定";
    public static final String MOVED_ID = "p3-2";

    private TwoEditions() {
    }

    /** Copies the project's content to {@code content} and adds {@code wards/izumi/2021/}. */
    public static Path create(Path content) throws IOException {
        Trees.copy(org.hoshin.testing.Fixture.CONTENT, content);
        Path izumi = content.resolve("wards/izumi");
        Path old = Trees.copy(izumi.resolve("2022"), izumi.resolve("2021"));
        Path ja = old.resolve("ja/pillars");
        edit(ja.resolve("01/01.md"), "プロモーションを展開します。", "プロモーションを展開します。" + DROPPED_SENTENCE);
        edit(ja.resolve("01/02.md"), ADDED_SENTENCE, "");
        Files.writeString(ja.resolve("02/04.md"), "---\nid: p2-4\ntitle: " + REMOVED_TITLE
                + "\nprogram: ごみ削減推進事業\n---\n\n区民の皆様と一緒に、プラスチックごみの削減に取り組みます。\n");
        Files.delete(ja.resolve("03/03.md"));
        Files.delete(old.resolve("en/pillars/03/03.md"));
        for (String lang : new String[] {"ja", "en"}) {
            Path pillars = old.resolve(lang + "/pillars");
            Files.move(pillars.resolve("03/02.md"), pillars.resolve("02/05.md"));
        }
        edit(ja.resolve("04/01.md"), "id: p4-1\ntitle: 横浜型地域包括ケアシステム構築に向けた泉区アクションプランの推進",
                "id: " + OLD_ID + "\ntitle: 横浜型地域包括ケアシステム構築に向けた泉区アクションプランの" + OLD_TITLE_WORD);
        return content;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), file + " no longer contains: " + from);
        Files.writeString(file, text.replace(from, to));
    }
}
