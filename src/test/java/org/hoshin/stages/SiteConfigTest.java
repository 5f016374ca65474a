package org.hoshin.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The published address goes verbatim into sitemap.xml, robots.txt and every page: only plain http(s) passes. */
class SiteConfigTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "https://example.org/hoshin/, https://example.org/hoshin/, /hoshin/",
        "https://example.org/hoshin,  https://example.org/hoshin/, /hoshin/",
        "https://example.org,         https://example.org/,        /",
        "HTTP://localhost:8000,       http://localhost:8000/,      /",
        "https://owner.github.io/a%20b, https://owner.github.io/a%20b/, /a%20b/",
    })
    void acceptsAbsoluteHttpAddressesAndEndsThemWithASlash(String given, String normalised, String basePath) {
        SiteConfig config = config(given);
        assertEquals(normalised, config.siteUrl());
        assertEquals(basePath, config.basePath());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"javascript:alert(1)//", "file:///etc/", "ftp://example.org/", "//example.org/",
        "example.org/hoshin/", "/hoshin/", "", "https://", "https:///path/", "https:example.org",
        "https://example.org/\n<script>", "https://example.org/a b/", "https://example.org/\t",
        "https://exa\u0000mple.org/", "https://例え.jp/", "https://user:secret@example.org/",
        "https://example.org/?q=1", "https://example.org/#top", "https://example.org/<x>/"})
    void rejectsAnythingElseWithAMessageSayingWhatIsExpected(String given) {
        SiteUrlException e = assertThrows(SiteUrlException.class, () -> config(given));
        assertTrue(e.getMessage().startsWith("--site-url '"), e.getMessage());
        assertTrue(e.getMessage().contains("(give the absolute http:// or https:// address"), e.getMessage());
        assertFalse(e.getMessage().chars().anyMatch(Character::isISOControl), "no control character is echoed");
    }

    private static SiteConfig config(String url) {
        return new SiteConfig(Path.of("."), Path.of("content"), Path.of("templates"), Path.of("site"), url);
    }
}
