package org.hoshin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hoshin.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `serve` on a free port: an edited content file is rebuilt and served, and a broken one is shown, not fatal. */
class DevServerTest {

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @Test
    void servesAnEditedContentFileWithinASecondAndSurvivesABrokenOne() throws Exception {
        Path content = Trees.copy(Path.of("content"), temp.resolve("content"));
        Path templates = Trees.copy(Path.of("templates"), temp.resolve("templates"));
        SiteConfig config = new SiteConfig(temp, content, templates, temp.resolve("site"), "http://localhost/");
        try (DevServer server = new DevServer(config, log::add)) {
            String page = "http://127.0.0.1:" + server.start(0) + "/ja/wards/izumi/";
            String first = get(page);
            assertTrue(first.contains("泉区の魅力づくりと発信"), "serves the built site");
            assertTrue(first.contains("EventSource('/__hoshin/events')"), "pages reload themselves on change");

            Path file = content.resolve("wards/izumi/2022/ja/pillars/01/01.md");
            String original = Files.readString(file);
            Files.writeString(file, original.replace("泉区の魅力づくりと発信", "泉区の魅力づくりと発信（一回目）"));
            assertTrue(waitFor(page, "（一回目）", 10_000) >= 0, "first rebuild served; log: " + log);

            Files.writeString(file, original.replace("泉区の魅力づくりと発信", "泉区の魅力づくりと発信（二回目）"));
            long millis = waitFor(page, "（二回目）", 1_000);
            assertTrue(millis >= 0, "changed HTML served within a second; log: " + log);

            Files.writeString(file, original.replace("id: p1-1", "id: [p1-1"));
            assertTrue(waitFor(page, "build failed", 10_000) >= 0, "the build error is shown in the page");
            String shown = get(page);
            assertTrue(shown.contains("content/wards/izumi/2022/ja/pillars/01/01.md:"), shown.substring(0, Math.min(600, shown.length())));
            assertTrue(shown.contains("（二回目）"), "the last good site is still served");

            Files.writeString(file, original);
            assertTrue(waitFor(page, "泉区の魅力づくりと発信</h4>", 10_000) >= 0, "recovers when fixed");
            assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(page + "../../../../etc/passwd")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    private long waitFor(String url, String text, long timeoutMillis) throws Exception {
        long start = System.nanoTime();
        while ((System.nanoTime() - start) / 1_000_000 < timeoutMillis) {
            if (get(url).contains(text)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(20);
        }
        return -1;
    }

    private String get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

}
