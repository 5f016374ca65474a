package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text as a new editor writes it, in a copy of the real content: a line break inside a paragraph stays a line
 * break in Japanese, an indented line stays ordinary text (with a warning at its line), and HTML is refused in the
 * body and in every front-matter value with a message that says what to write instead.
 */
class EditorTextTest {

    private static final String INITIATIVE = "content/wards/izumi/2022/ja/pillars/01/01.md";
    private static final String INITIATIVE_EN = "content/wards/izumi/2022/en/pillars/01/01.md";

    @TempDir
    Path temp;
    Path content;
    Path site;

    @BeforeEach
    void copyContent() throws IOException {
        content = ContentFixture.copyContent(temp);
        site = temp.resolve("site");
    }

    @Test
    void aLineBreakInJapaneseIsKeptAndInEnglishIsASpace() throws IOException {
        append(INITIATIVE, "\n・会場：泉区役所\n・時期：10月\n");
        append(INITIATIVE_EN, "\nWe will hold the event\nin October.\n");
        assertEquals(0, build().exitCode());
        Element japanese = lastParagraph("ja/wards/izumi/2022/index.html");
        assertEquals(1, japanese.select("br").size(), japanese.outerHtml());
        assertEquals("・会場：泉区役所", japanese.textNodes().get(0).text().strip());
        assertEquals("・時期：10月", japanese.textNodes().get(1).text().strip());
        Element english = lastParagraph("en/wards/izumi/2022/index.html");
        assertEquals(0, english.select("br").size(), english.outerHtml());
        assertEquals("We will hold the event in October.", english.text());
    }

    @Test
    void anIndentedLineIsOrdinaryTextWithAWarningAtItsLine() throws IOException {
        append(INITIATIVE, "\n    会場は泉区役所です。\n");
        ContentFixture.Result r = build();
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains(INITIATIVE + ":11: warning: indented text is shown as ordinary text (remove the spaces "
                + "at the start of the line)"), r.err());
        Element item = page("ja/wards/izumi/2022/index.html").getElementById("p1-1");
        assertTrue(item.select("pre, code").isEmpty(), item.outerHtml());
        assertEquals("会場は泉区役所です。", lastParagraph("ja/wards/izumi/2022/index.html").text());
    }

    @Test
    void brInTheTextSaysHowToBreakALine() throws IOException {
        append(INITIATIVE, "\n会場：泉区役所<br>時期：10月\n");
        assertFails(INITIATIVE + ":11:8: raw HTML <br> is not allowed (to break a line, just start a new line; "
                + "a blank line starts a new paragraph)");
    }

    @Test
    void brInATitleIsRejectedAtItsLine() throws IOException {
        edit(INITIATIVE, "title: 泉区の魅力づくりと発信", "title: 泉区の魅力づくり<br>と発信");
        assertFails(INITIATIVE + ":3:8: raw HTML <br> is not allowed in 'title' (remove <br>");
    }

    @Test
    void htmlInACaptionProgramOrTableCellIsRejectedAtItsLine() throws IOException {
        edit(INITIATIVE, "- プロモーション動画", "- <b>プロモーション動画</b>");
        edit(INITIATIVE, "program: 定住・転入促進事業", "program: <i>定住・転入促進事業</i>");
        String table = "content/wards/asahi/2022/ja/tables/01.yaml";
        edit(table, "  - 建築局", "  - <span style=\"color:red\">建築局</span>");
        ContentFixture.Result r = assertFails(INITIATIVE + ":6:3: raw HTML <b> is not allowed in 'captions'");
        assertTrue(r.err().contains(INITIATIVE + ":4:10: raw HTML <i> is not allowed in 'program'"), r.err());
        assertTrue(r.err().contains(table + ":10:5: raw HTML <span> is not allowed in 'rows'"), r.err());
    }

    @Test
    void aWebAddressWithoutHttpsIsAnErrorWithTheFix() throws IOException {
        append(INITIATIVE, "\n詳しくは[区のページ](www.city.yokohama.lg.jp/izumi/)へ。\n");
        assertFails(INITIATIVE + ":11:5: link 'www.city.yokohama.lg.jp/izumi/' has no https:// in front",
                "(write https://www.city.yokohama.lg.jp/izumi/)");
    }

    private ContentFixture.Result assertFails(String... expected) {
        ContentFixture.Result r = build();
        assertEquals(1, r.exitCode(), r.err());
        for (String text : expected) {
            assertTrue(r.err().contains(text), "expected '" + text + "' in:\n" + r.err());
        }
        assertFalse(Files.exists(site), "nothing was built");
        return r;
    }

    private ContentFixture.Result build() {
        return ContentFixture.build(temp);
    }

    private Element lastParagraph(String page) throws IOException {
        Element item = page(page).getElementById("p1-1");
        assertNotNull(item, page);
        return item.select("p:not(.photos-label, .program)").last();
    }

    private Document page(String page) throws IOException {
        return Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
    }

    private void edit(String path, String from, String to) throws IOException {
        ContentFixture.edit(temp, path, from, to);
    }

    private void append(String path, String text) throws IOException {
        ContentFixture.append(temp, path, text);
    }
}
