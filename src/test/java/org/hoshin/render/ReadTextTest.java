package org.hoshin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.hoshin.content.Location;
import org.hoshin.content.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A text is read from its HTML as rendered (as the sanitizer parsed it, or parsed again when its HTML was made
 * first), as it reads once placed on a page (headings shifted, tables wrapped).
 */
class ReadTextTest {

    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, th, td";

    @ParameterizedTest
    @ValueSource(strings = {
        "泉区の**魅力**づくり\n\n- 発信\n- 交流\n  - 入れ子の項目\n\n    続きの段落",
        "# 見出し\n\n本文\n\n## 小見出し\n\n1. 一\n2. 二",
        "| 区分 | 内容 |\n| --- | :---: |\n| 防災 | [訓練](../../izumi/2022/#p1-1)の実施 |\n| 子育て | *支援* |",
        "> 引用の\n> 段落\n\n---\n\n`code` と [外部](https://example.org/) と <b>生のHTML</b>",
        "行を\n分けた\n文章  \n改行も\n\n- [ ] 空の項目\n-\n\n&amp; &copy; 文字参照",
        "- 項目\n\n  > 引用\n\n  | 表 |\n  | --- |\n  | 中 |",
    })
    void readsWhatThePlacedTextShows(String source) {
        Markdown text = new Markdown(source, new Location(Path.of("a.md"), 1, 1));
        ReadText.Read read = ReadText.of(text);
        Document placed = Jsoup.parse(MarkdownRenderer.placed(RenderedTexts.html(text, false), 3,
                new MarkdownRenderer.PageLinks("2022/", "../../")));
        List<String> blocks = placed.body().select(BLOCKS).stream()
                .filter(block -> block.select(BLOCKS).size() == 1)
                .map(Element::text).filter(t -> !t.isBlank()).toList();
        assertEquals(placed.text(), read.plain());
        assertEquals(String.join("\n", blocks), read.blocks());
        assertEquals(read, ReadText.read(Jsoup.parse(RenderedTexts.html(text, false))),
                "read from the sanitizer's document as from the HTML parsed again");
    }
}
