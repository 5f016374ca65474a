package org.hoshin.testing;

import java.util.List;

/**
 * Markdown written to publish a script or a third-party resource: the spellings found by an attacker's test of
 * the content check, shared by the check's tests (each must be rejected with its line) and the renderer's
 * tests (each must come out harmless even when the check is bypassed).
 */
public final class HostileMarkdown {

    /**
     * One hostile input.
     *
     * @param name     what it tries
     * @param markdown the Markdown
     * @param line     the 0-based line of {@code markdown} the check must name
     * @param message  the start of the message the check must give
     */
    public record Case(String name, String markdown, int line, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String UNSAFE = "unsafe link";
    private static final String IMAGE = "images are not supported";

    private static final List<Case> CASES = List.of(
            new Case("decimal entity", "[x](&#106;avascript:alert(1))", 0, UNSAFE),
            new Case("named entity colon", "[x](javascript&colon;alert(1))", 0, UNSAFE),
            new Case("hex entities", "[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
                    0, UNSAFE),
            new Case("entity tab", "[x](java&#x09;script:alert(1))", 0, UNSAFE),
            new Case("entity newline", "[x](java&#10;script:alert(1))", 0, UNSAFE),
            new Case("entity space first", "[x](&#32;javascript:alert(1))", 0, UNSAFE),
            new Case("entity control first", "[x](&#1;javascript:alert(1))", 0, UNSAFE),
            new Case("mixed case", "[x](JaVaScRiPt:alert(1))", 0, UNSAFE),
            new Case("vbscript", "[x](vbscript:msgbox(1))", 0, UNSAFE),
            new Case("in a table cell", "| a | b |\n| --- | --- |\n| [x](&#106;avascript:alert(1)) | 2 |", 2, UNSAFE),
            new Case("reference link", "See [x][r].\n\n[r]: &#106;avascript:alert(1)", 2, UNSAFE),
            new Case("autolink", "<javascript:alert(1)>", 0, UNSAFE),
            new Case("data with entity colon",
                    "[x](data&colon;text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", 0, UNSAFE),
            new Case("reference image", "![x][r]\n\n[r]: https://tracker.example/a.png", 0, IMAGE),
            new Case("inline image", "text ![x](https://tracker.example/a.png)", 0, IMAGE),
            new Case("protocol-relative host", "[x](//evil.example/)", 0, UNSAFE),
            new Case("backslash host", "[x](/\\evil.example/)", 0, UNSAFE),
            new Case("file", "[x](file:///etc/passwd)", 0, UNSAFE),
            new Case("other scheme", "[x](ms-settings:display)", 0, UNSAFE),
            new Case("script tag", "text\n\n<script>alert(1)</script>", 2, "raw HTML <script>"),
            new Case("event handler", "text <img src=x onerror=alert(1)>", 0, "raw HTML with an event-handler"));

    private HostileMarkdown() {
    }

    /** Every hostile input (a method, for JUnit's {@code @MethodSource}). */
    public static List<Case> cases() {
        return CASES;
    }
}
