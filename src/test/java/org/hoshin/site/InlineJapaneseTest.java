package org.hoshin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hoshin.render.InlineJapanese;
import org.hoshin.testing.BuiltSite;
import org.hoshin.testing.Fixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Japanese that translators keep inside English (an official program name in brackets, a quoted slogan, a year as
 * printed) is marked {@code lang="ja"} on the English pages, so a screen reader reads it in Japanese, while the
 * text reads exactly as written.
 */
class InlineJapaneseTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    private static final String PROGRAM = "Test Program (試験“えん”事業)";
    private static final String SENTENCE = "The 「まちの声」 survey of 令和4年度 泉区 asked residents what they need.";

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path content = Fixture.contentWithWards(temp.resolve("content"), "izumi");
        Path english = content.resolve("wards/izumi/2022/en/pillars/01/01.md");
        Files.writeString(english, Files.readString(english)
                .replaceFirst("(?m)^program: .*$", "program: " + PROGRAM) + "\n" + SENTENCE + "\n");
        site = BuiltSite.build(content, temp.resolve("site"));
    }

    @Test
    void japaneseInsideEnglishSentencesIsMarkedAndReadsAsWritten() throws Exception {
        Document page = BuiltSite.page(site, "en/wards/izumi/2022/index.html");
        Element program = page.select("p.program").stream()
                .filter(p -> p.text().contains("Test Program")).findFirst().orElseThrow();
        assertEquals("試験“えん”事業", program.selectFirst("span[lang=ja]").text());
        assertTrue(program.text().endsWith(PROGRAM), program.text());
        Element paragraph = page.select("p").stream()
                .filter(p -> p.text().contains("survey of")).findFirst().orElseThrow();
        assertEquals(SENTENCE, paragraph.text());
        assertEquals(List.of("「まちの声」", "令和4年度 泉区"), paragraph.select("span[lang=ja]").eachText());
    }

    @Test
    void noEnglishPageShowsJapaneseOutsideAnElementMarkedJapanese() throws Exception {
        try (Stream<Path> files = Files.walk(site.resolve("en"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Element body = Jsoup.parse(file.toFile()).body();
                body.select("[lang^=ja], script, style, template").remove();
                assertFalse(JAPANESE.matcher(body.text()).find(), file + ": " + body.text());
            }
        }
    }

    @Test
    void aPageWithNothingToMarkIsReturnedAsItWas() {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><title>年度</title></head><body>"
                + "<p>Plain &#39;English&#39;</p><a lang=\"ja\" href=\"/ja/\">日本語</a></body></html>";
        assertSame(page, InlineJapanese.mark(page));
    }
}
