package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site built without --site-url carries localhost in its canonical and sitemap links: build says so, and says
 * nothing when a real address is given.
 */
class LocalSiteUrlWarningTest {

    private static final String WARNING = "warning: pages will carry http://localhost:8000/ in canonical and "
            + "sitemap links; give --site-url https://… or set HOSHIN_SITE_URL before publishing";

    @TempDir
    Path temp;

    @Test
    void warnsWhenPagesWouldCarryLocalhostAndNotWhenAnAddressIsGiven() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("HOSHIN_SITE_URL") == null,
                "HOSHIN_SITE_URL is set in this environment");
        ContentFixture.Result local = ContentFixture.run(temp, "build", "--out", temp.resolve("local").toString());
        assertEquals(0, local.exitCode(), local.err());
        assertTrue(local.err().contains(WARNING), local.err());
        String canonical = Jsoup.parse(temp.resolve("local/ja/wards/izumi/index.html").toFile(), "UTF-8")
                .selectFirst("link[rel=canonical]").attr("href");
        assertTrue(canonical.startsWith("http://localhost:8000/"), "the warning is true: " + canonical);

        ContentFixture.Result published = ContentFixture.run(temp, "build", "--out",
                temp.resolve("published").toString(), "--site-url", "https://example.org/hoshin/");
        assertEquals(0, published.exitCode(), published.err());
        assertFalse(published.err().contains("localhost"), published.err());
        assertTrue(Files.readString(temp.resolve("published/sitemap.xml")).contains("https://example.org/hoshin/"));
    }
}
