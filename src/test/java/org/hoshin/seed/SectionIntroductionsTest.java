package org.hoshin.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.hoshin.content.Location;
import org.hoshin.content.Policy;
import org.junit.jupiter.api.Test;

/** Text under a part heading before its first pillar or item is that part's introduction, not a note at the end. */
class SectionIntroductionsTest {

    private static final String SEED = """
            令和６年度 中区運営方針
            Ⅰ 基本目標
            誰もが安心して暮らせるまち
            Ⅱ 目標達成に向けた施策
            「基本目標」の達成に向け、「2つの柱」のもと、区役所一丸となって取組を進めます。
            施策1 安全・安心なまちづくり
            防災の取組を進めます。
            施策2 支え合いのまちづくり
            見守りの取組を進めます。
            Ⅲ 目標達成に向けた組織運営
            区民の皆様の信頼に応える区役所を目指します。
            【信頼される区役所】
            正確・迅速・丁寧なサービスを提供します。
            """;

    @Test
    void keepsEachPartsIntroductionAtItsPart() {
        ParsedSeed parsed = new SeedParser(Location.of(Path.of("intro.txt"))).read(SEED, SeedLayoutsTest.header(SEED));
        Policy policy = parsed.policy();
        assertEquals("「基本目標」の達成に向け、「2つの柱」のもと、区役所一丸となって取組を進めます。",
                policy.pillarsIntro().source());
        assertEquals("区民の皆様の信頼に応える区役所を目指します。", policy.managementIntro().source());
        assertTrue(policy.notes().source().isEmpty(), policy.notes().source());
        assertTrue(parsed.warnings().isEmpty(), parsed.warnings().toString());
    }
}
