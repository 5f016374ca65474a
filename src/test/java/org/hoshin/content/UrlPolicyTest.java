package org.hoshin.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The URL policy on attribute values as a browser reads them. */
class UrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.city.yokohama.lg.jp/izumi/", "HTTP://example.org/?a=1&amp;b=2",
        "mailto:izumi@example.org", "tel:045-800-2345", "#p1-1", "../../ja/", "wards/izumi/", "/hoshin/ja/",
        "javascript%3Aalert(1)", "?q=防災"})
    void allows(String url) {
        assertTrue(UrlPolicy.allows(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "&#106;avascript:alert(1)", "javascript&colon;alert(1)",
        "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)", "java\tscript:alert(1)",
        "java&#x09;script:x", "java&#10;script:x", "&#32;javascript:x", "\u0001javascript:x", "JAVASCRIPT:x",
        "vbscript:x", "data:text/html,x", "data&colon;text/html,x", "file:///etc/passwd", "//evil.example/",
        "\\\\evil.example/", "/\\evil.example/", "\\/evil.example", " //evil.example", "ms-settings:x", "ftp://x"})
    void rejects(String url) {
        assertFalse(UrlPolicy.allows(url), url);
    }
}
