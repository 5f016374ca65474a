package org.hoshin.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links between pages written in the content are checked by build and check against the pages and anchors of the
 * site, and reported at the content file and line; a working one works from the edition's page and from the ward's
 * address, which shows the same text one folder up.
 */
class ContentLinksTest {

    private static final String INITIATIVE = "content/wards/izumi/2022/ja/pillars/01/01.md";

    @TempDir
    Path temp;

    @BeforeEach
    void copyContent() throws IOException {
        ContentFixture.copyContent(temp);
    }

    @Test
    void aLinkToAMissingWardIsReportedAtItsLineByBuildAndCheck() throws IOException {
        ContentFixture.append(temp, INITIATIVE, "\n詳しくは[旭区](../../atlantis/2022/)へ。\n");
        String expected = INITIATIVE + ":11:5: link '../../atlantis/2022/' leads to a missing page "
                + "(/ja/wards/atlantis/2022/) (write a link to another page of this site from /ja/ or /en/";
        ContentFixture.Result built = ContentFixture.build(temp);
        assertEquals(1, built.exitCode(), built.err());
        assertTrue(built.err().contains(expected), built.err());
        ContentFixture.Result checked = ContentFixture.run(temp, "check", "--content",
                temp.resolve("content").toString());
        assertEquals(1, checked.exitCode(), checked.err());
        assertTrue(checked.err().contains(expected), checked.err());
        assertTrue(!checked.err().contains("site/ja/"), "reported at the content, not the page:\n" + checked.err());
    }

    @Test
    void aLinkToAMissingAnchorOnAnotherWardIsReportedAtItsLine() throws IOException {
        ContentFixture.append(temp, INITIATIVE, "\n[港北区の取組](/ja/wards/kohoku/2022/#p9-9)\n");
        ContentFixture.Result r = ContentFixture.build(temp);
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains(INITIATIVE + ":11:1: link '/ja/wards/kohoku/2022/#p9-9' leads to a missing "
                + "anchor #p9-9 on /ja/wards/kohoku/2022/"), r.err());
    }

    @Test
    void aWorkingLinkLeadsToTheSamePlaceFromTheEditionPageAndTheWardAddress() throws IOException {
        ContentFixture.append(temp, INITIATIVE, "\n[港北区](../../kohoku/2022/#p1-1)と[港南区](/ja/wards/konan/)\n");
        ContentFixture.Result r = ContentFixture.build(temp);
        assertEquals(0, r.exitCode(), r.err());
        String base = "https://example.org/hoshin/";
        for (String page : new String[] {"ja/wards/izumi/2022/", "ja/wards/izumi/"}) {
            Document doc = Jsoup.parse(temp.resolve("site/" + page + "index.html").toFile(), "UTF-8", base + page);
            var links = doc.getElementById("p1-1").select("p:not(.initiative-themes) a[href]");
            assertEquals(base + "ja/wards/kohoku/2022/#p1-1", links.get(0).absUrl("href"), page);
            assertEquals(base + "ja/wards/konan/", links.get(1).absUrl("href"), "works under a sub-path: " + page);
        }
    }

    @Test
    void aBrokenAnchorWrittenAsTheSitesOwnAddressIsReportedAtItsLine() throws IOException {
        ContentFixture.append(temp, INITIATIVE, "\n[港北区の取組](HTTPS://Example.org:443/hoshin/ja/wards/kohoku/2022/#p1-99)\n");
        ContentFixture.Result built = ContentFixture.run(temp, "build", "--content", temp.resolve("content").toString(),
                "--out", temp.resolve("site").toString(), "--site-url", "https://example.org/hoshin/");
        assertEquals(1, built.exitCode(), built.err());
        assertTrue(built.err().contains(INITIATIVE + ":11:1: link 'HTTPS://Example.org:443/hoshin/ja/wards/kohoku/2022/"
                + "#p1-99' leads to a missing anchor #p1-99 on /ja/wards/kohoku/2022/"), built.err());
        ContentFixture.Result checked = ContentFixture.run(temp, "check", "--content",
                temp.resolve("content").toString(), "--site-url", "https://example.org/hoshin/");
        assertEquals(1, checked.exitCode(), checked.err());
        assertTrue(checked.err().contains(INITIATIVE + ":11:1:"), checked.err());
    }

    @Test
    void aWorkingLinkWrittenAsTheSitesOwnAddressPassesAndOtherAddressesStayExternal() throws IOException {
        ContentFixture.append(temp, INITIATIVE, "\n[港北区](https://example.org/hoshin/ja/wards/kohoku/2022/#p1-1)と"
                + "[別のサイト](https://example.org/other/ja/wards/nowhere/#x)と[旧サイト](http://example.org/hoshin/x/)\n");
        ContentFixture.Result built = ContentFixture.run(temp, "build", "--content", temp.resolve("content").toString(),
                "--out", temp.resolve("site").toString(), "--site-url", "https://example.org/hoshin/");
        assertEquals(0, built.exitCode(), built.err());
    }
}
