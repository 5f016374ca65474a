package org.hoshin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteInfoTest {

    @TempDir
    Path content;

    private SiteInfo load() throws ContentException {
        return SiteInfo.load(content, p -> p);
    }

    private void write(String... lines) throws Exception {
        Files.writeString(content.resolve(SiteInfo.FILE), String.join("\n", lines) + "\n");
    }

    @Test
    void readsPublisherReportAddressAndWhetherOfficial() throws Exception {
        write("publisher:", "  ja: テスト運営者", "  en: Test Publisher", "report-url: mailto:report@example.jp",
                "official: true");
        SiteInfo info = load();
        assertEquals("テスト運営者", info.publisher(Lang.JA));
        assertEquals("Test Publisher", info.publisher(Lang.EN));
        assertEquals("mailto:report@example.jp", info.reportUrl());
        assertTrue(info.official());
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        ContentException e = assertThrows(ContentException.class, this::load);
        assertEquals(content.resolve(SiteInfo.FILE), e.errors().get(0).location().file());
    }

    @Test
    void everyBadValueIsReportedAtItsLine() throws Exception {
        write("publisher:", "  ja: テスト運営者", "report-url: javascript:alert(1)", "official: yes");
        ContentException e = assertThrows(ContentException.class, this::load);
        List<Integer> lines = e.errors().stream().map(error -> error.location().line()).sorted().toList();
        assertTrue(lines.contains(3), "the unsafe address at line 3: " + lines);
        assertTrue(lines.contains(4), "official: yes at line 4: " + lines);
        assertTrue(e.errors().stream().anyMatch(error -> error.format().contains("en")), "publisher's en missing");
        assertFalse(e.errors().stream().anyMatch(error -> error.location().line() == 0 && error.message().isBlank()));
    }

    @Test
    void aSiteAddressIsNoPlaceToReportTo() throws Exception {
        write("publisher:", "  ja: テスト運営者", "  en: Test Publisher", "report-url: /ja/about/",
                "official: false");
        ContentException e = assertThrows(ContentException.class, this::load);
        assertEquals(4, e.errors().get(0).location().line());
    }
}
