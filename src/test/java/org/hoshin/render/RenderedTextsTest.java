package org.hoshin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hoshin.content.Location;
import org.hoshin.content.Markdown;
import org.hoshin.content.MarkdownSyntax;
import org.hoshin.content.Translation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each text is rendered and read once, whoever asks and from however many threads, with line breaks as its
 * language means them.
 */
class RenderedTextsTest {

    private static Markdown text(String source) {
        return new Markdown(source, new Location(Path.of("a.md"), 3, 1));
    }

    @Test
    void rendersATextOnceAndSharesItWithItsTranslationStateCopies() {
        Markdown text = text("泉区の**魅力**づくり\n\n- 発信");
        String html = RenderedTexts.html(text, false);
        assertEquals("<p>泉区の<strong>魅力</strong>づくり</p>\n<ul>\n<li>発信</li>\n</ul>\n", html);
        assertSame(html, RenderedTexts.html(text, false), "kept, not rendered again");
        assertSame(html, RenderedTexts.html(text.as(Translation.STALE), false), "copies share it");
        assertSame(html, RenderedTexts.html(text, true), "without a single line break both languages read alike");
        ReadText.Read read = ReadText.of(text);
        assertEquals("泉区の魅力づくり 発信", read.plain());
        assertEquals("泉区の魅力づくり\n発信", read.blocks());
        assertSame(read, ReadText.of(text.as(Translation.MISSING)), "read once");
    }

    @Test
    void aSingleLineBreakIsABreakInJapaneseAndASpaceInEnglish() {
        Markdown text = text("会場：泉区役所\n時期：10月");
        assertEquals("<p>会場：泉区役所<br />\n時期：10月</p>\n", RenderedTexts.html(text, false));
        assertEquals("<p>会場：泉区役所\n時期：10月</p>\n", RenderedTexts.html(text, true));
        assertEquals("", RenderedTexts.html(text(" \n"), true), "a blank text is no HTML");
    }

    @Test
    void rendersOnceWhenManyThreadsAskAtOnce() throws Exception {
        Markdown text = text("# 見出し\n\n本文 [リンク](../2022/#p1)\n続き");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                boolean english = i % 2 == 1;
                answers.add(pool.submit(() -> RenderedTexts.html(text, english)));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertSame(answers.get(i % 2).get(), answers.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "泉区の**魅力**づくり\n\n- 発信\n- 交流\n  - 入れ子\n\n    続き",
        "見出し\n---\n\n本文\n\n***\n\n見出し\n===\n\n1. 一\n2) 二",
        "--- 区切り ---\n:--:\n\n- --\n\n> 引用\n> 続き\n\n`code` [外部](https://example.org/ \"題\") <b>生</b>",
        "[参照][a]\n\n[a]: ../../izumi/2022/#p1-1\n\n&amp; &copy; \\* 文字参照\n\n```\nフェンス\n```",
        "    字下げ\n\n\t字下げ\n\n- [ ] 項目\n-\n\n<!-- 取り込み時の確認 -->\n\n行末  \n改行",
    })
    void aTextWithoutAPipeIsReadAsTheSiteDialectReadsIt(String source) {
        Markdown text = text(source);
        HtmlRenderer renderer = HtmlRenderer.builder(MarkdownSyntax.options()).build();
        assertEquals(renderer.render(text.parse()), renderer.render(RenderedTexts.parse(text)));
        assertEquals(tree(text.parse(), ""), tree(RenderedTexts.parse(text), ""));
    }

    /** Every node of {@code node}'s tree with its place in the source, one per line, indented by depth. */
    private static String tree(Node node, String indent) {
        StringBuilder out = new StringBuilder(indent).append(node).append('\n');
        for (Node child : node.getChildren()) {
            out.append(tree(child, indent + "  "));
        }
        return out.toString();
    }
}
