package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad --site-url stops build and check with exit 1 and a one-line reason; a good one is normalised. */
class SiteUrlOptionTest {

    @TempDir
    Path temp;

    @Test
    void buildRefusesAJavascriptAddressBeforeWritingAnything() {
        Path site = temp.resolve("site");
        ContentFixture.Result r = ContentFixture.run(temp, "build", "--out", site.toString(), "--site-url",
                "javascript:alert(document.cookie)");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("--site-url 'javascript:alert(document.cookie)': the address must start with "
                + "http:// or https://"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace:\n" + r.err());
        assertFalse(Files.exists(site));
    }

    @Test
    void checkRefusesAnAddressWithALineBreak() {
        ContentFixture.Result r = ContentFixture.run(temp, "check", "--site-url", "https://example.org/\nDisallow: /");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("--site-url 'https://example.org/\\u000aDisallow: /': the address contains a "
                + "space, a line break"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace:\n" + r.err());
    }

    @Test
    void aMissingTrailingSlashIsAddedInThePublishedFiles() throws Exception {
        Path site = temp.resolve("site");
        assertEquals(0, ContentFixture.run(temp, "build", "--out", site.toString(), "--site-url",
                "https://example.org/hoshin").exitCode());
        assertTrue(Files.readString(site.resolve("robots.txt"))
                .contains("Sitemap: https://example.org/hoshin/sitemap.xml\n"));
    }
}
