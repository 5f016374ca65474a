package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.hoshin.content.TerminalLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slips editors commonly make in front matter, each made in a copy of the real content (one ward, to keep the
 * check quick): `hoshin check` names the slip at its own file, line and column, in Japanese and in English, says
 * how to fix it, and never shows the YAML parser's words.
 */
class EditorSlipsTest {

    private static final String INITIATIVE = "content/wards/izumi/2022/ja/pillars/01/01.md";
    /** Words of the YAML parser and of the old generic message; an editor should never see them. */
    private static final Pattern JARGON = Pattern.compile(
            "invalid YAML|scanning|simple key|mapping values|block end|Exception|\tat |missing required key");

    @TempDir
    Path temp;
    Path content;

    @BeforeEach
    void copyOneWard() throws IOException {
        content = temp.resolve("content");
        org.hoshin.testing.Trees.copy(org.hoshin.testing.Fixture.CONTENT.resolve("wards/izumi"), content.resolve("wards/izumi"));
        for (String file : new String[] {"glossary.yaml", "themes.yaml", "site.yaml"}) {
            Files.copy(org.hoshin.testing.Fixture.CONTENT.resolve(file), content.resolve(file));
        }
    }

    @AfterEach
    void defaultLanguage() {
        System.clearProperty(TerminalLanguage.PROPERTY);
    }

    @Test
    void fullWidthColonAfterAKey() throws IOException {
        edit("title: 泉区の魅力づくりと発信", "title：泉区の魅力づくりと発信");
        assertSlip("ja", INITIATIVE + ":3:6: 全角のコロン「：」が使われています",
                "半角の「:」に直し、後ろに半角スペースを入れてください");
        assertSlip("en", INITIATIVE + ":3:6: a full-width colon '：' is used", "half-width ':'");
    }

    @Test
    void fullWidthSpaceForIndentation() throws IOException {
        edit("- プロモーション動画", "\u3000- プロモーション動画");
        assertSlip("ja", INITIATIVE + ":6:1: 字下げに全角スペースが使われています", "半角スペース");
        assertSlip("en", INITIATIVE + ":6:1: a full-width space is used for indentation", "half-width spaces");
    }

    @Test
    void fullWidthSpaceAfterTheColon() throws IOException {
        edit("program: 定住", "program:\u3000定住");
        assertSlip("ja", INITIATIVE + ":4:9: 「:」の後ろに全角スペースが入っています", "半角スペース");
        assertSlip("en", INITIATIVE + ":4:9: a full-width space follows the colon", "half-width space");
    }

    @Test
    void missingOpeningFence() throws IOException {
        edit("---\nid: p1-1", "id: p1-1");
        assertSlip("ja", INITIATIVE + ":1:1: 前付けの始まりを示す「---」の行がありません", "1 行目");
        assertSlip("en", INITIATIVE + ":1:1: the front matter's opening '---' line is missing", "first line");
    }

    @Test
    void misspeltKeyIsNotAlsoMissing() throws IOException {
        edit("title: 泉区", "titel: 泉区");
        assertSlip("ja", INITIATIVE + ":3:1: 使えないキー「titel」が書かれています", "「title」の書き間違いではありませんか");
        assertSlip("en", INITIATIVE + ":3:1: unknown key 'titel'", "did you mean 'title'?");
    }

    @Test
    void colonInsideAnUnquotedValue() throws IOException {
        edit("title: 泉区の魅力づくりと発信", "title: 防災: 地域の取組");
        assertSlip("ja", INITIATIVE + ":3:10: 値の中に「: 」があるため", "値全体を半角の「\"」で囲んでください");
        assertSlip("en", INITIATIVE + ":3:10: the value contains ': '", "put the whole value in double quotes");
    }

    @Test
    void tabIndentation() throws IOException {
        edit("- プロモーション動画", "\t- プロモーション動画");
        assertSlip("ja", INITIATIVE + ":6:1: 字下げにタブが使われています", "タブを半角スペースに置き換えてください");
        assertSlip("en", INITIATIVE + ":6:1: a tab is used for indentation", "replace the tab with spaces");
    }

    @Test
    void badIndentationIsWordedForEditors() throws IOException {
        edit("program: 定住", "  program: 定住");
        assertSlip("ja", INITIATIVE + ":4:", "字下げ");
        assertSlip("en", INITIATIVE + ":4:", "line");
    }

    @Test
    void checkSpeaksJapaneseWhenAskedTo() throws IOException {
        edit("title: 泉区の魅力づくりと発信", "title：泉区の魅力づくりと発信");
        Path pillar = temp.resolve("content/wards/izumi/2022/ja/pillars/02.md");
        Files.writeString(pillar, Files.readString(pillar).replaceFirst("\ntitle:", "\ntitel:"));
        System.setProperty(TerminalLanguage.PROPERTY, "ja");
        ContentFixture.Result r = ContentFixture.run(temp, "check", "--content", content.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().contains("確認の結果: エラー 2 件、警告 "), r.out() + r.err());
        assertTrue(r.err().contains(INITIATIVE + ":3:6: 全角のコロン"), r.err());
        assertTrue(r.err().contains("content/wards/izumi/2022/ja/pillars/02.md:3:1: 使えないキー「titel」"), r.err());
        assertTrue(r.err().contains(": 警告: 英訳が古くなっています"), r.err());
        assertFalse(JARGON.matcher(r.err()).find(), r.err());
        Pattern englishWords = Pattern.compile("\\b(?:key|error|warning|translation|missing|unknown|found)\\b");
        assertFalse(englishWords.matcher(r.err().replaceAll("[\\w./-]+\\.(?:md|yaml)", "")).find(), r.err());
    }

    private void assertSlip(String language, String locationAndMessage, String hint) {
        System.setProperty(TerminalLanguage.PROPERTY, language);
        ContentFixture.Result r = ContentFixture.run(temp, "check", "--content", content.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains(locationAndMessage), "expected '" + locationAndMessage + "' in:\n" + r.err());
        assertTrue(r.err().contains(hint), "expected hint '" + hint + "' in:\n" + r.err());
        assertFalse(JARGON.matcher(r.err()).find(), "no parser jargon or consequential error:\n" + r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith(INITIATIVE)).count(), "one message:\n" + r.err());
    }

    private void edit(String from, String to) throws IOException {
        Path file = temp.resolve(INITIATIVE);
        String text = Files.readString(file);
        assertTrue(text.contains(from), INITIATIVE + " contains " + from);
        Files.writeString(file, text.replaceFirst(Pattern.quote(from), to));
    }
}
