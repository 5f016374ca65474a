package org.hoshin.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hoshin.publish.OutputGuard;
import org.hoshin.site.SiteBuilder;
import org.hoshin.stages.SiteConfig;
import org.hoshin.testing.Trees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `serve` on a free port: an edited content file is rebuilt and served, a broken one (or a crashing build) is shown,
 * not fatal, and only plain requests for localhost are answered, never with a file from outside the site.
 */
class DevServerTest {

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @Test
    void servesEveryEditedContentFileAndSurvivesABrokenOne() throws Exception {
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
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
            // how fast is measured by 'hoshin bench', not here: on a loaded machine a rebuild can take seconds
            assertTrue(waitFor(page, "（二回目）", 10_000) >= 0, "second rebuild served; log: " + log);

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

    @Test
    void withOutWritesEveryGoodBuildAndKeepsServingWhenTheFolderCannotBeReplaced() throws Exception {
        SiteConfig config = copiedProject();
        Path file = config.contentDir().resolve("wards/izumi/2022/ja/pillars/01/01.md");
        String original = Files.readString(file);
        try (DevServer server = new DevServer(config, true, log::add)) {
            String page = "http://127.0.0.1:" + server.start(0) + "/ja/wards/izumi/";
            Path written = config.outputDir().resolve("ja/wards/izumi/index.html");
            assertTrue(Files.readString(written).contains("泉区の魅力づくりと発信"), "--out writes the site");

            Files.delete(config.outputDir().resolve(OutputGuard.MARKER)); // no longer recognisably hoshin's
            Files.writeString(config.outputDir().resolve("notes.txt"), "someone else's file");
            Files.writeString(file, original.replace("泉区の魅力づくりと発信", "泉区の魅力づくりと発信（書けない）"));
            assertTrue(waitFor(page, "（書けない）", 30_000) >= 0, "the good build is served; log: " + log);
            assertTrue(waitFor(page, DevServerTest::hasNoErrorBox, 30_000) >= 0, "and is not shown as failed");
            assertTrue(waitFor(() -> log.stream().anyMatch(l -> l.contains("could not be written")), 30_000),
                    "the terminal says the folder was not written: " + log);
            assertTrue(!Files.readString(written).contains("（書けない）"), "the folder is left as it was");
            assertTrue(Files.exists(config.outputDir().resolve("notes.txt")));
        }
    }

    @Test
    void survivesAnyThrowableFromARebuildShowsItOnOneLineAndRecoversOnTheNextSave() throws Exception {
        SiteConfig config = copiedProject();
        Path file = config.contentDir().resolve("wards/izumi/2022/ja/pillars/01/01.md");
        String original = Files.readString(file);
        DevServer.Build real = () -> new SiteBuilder(config).buildInMemory();
        DevServer.Build crashesOnMarker = () -> {
            if (Files.readString(file).contains("深すぎる入れ子")) {
                throw new StackOverflowError();
            }
            return real.run();
        };
        try (DevServer server = new DevServer(config, log::add, crashesOnMarker)) {
            String page = "http://127.0.0.1:" + server.start(0) + "/ja/wards/izumi/";
            Files.writeString(file, original + "\n深すぎる入れ子\n");
            assertTrue(waitFor(page, "StackOverflowError", 30_000) >= 0, "the crash is shown; log: " + log);
            Element alert = Jsoup.parse(get(page)).selectFirst("pre[role=alert]");
            assertTrue(alert != null && alert.text().contains("nested far too deeply"), String.valueOf(alert));
            assertTrue(log.stream().anyMatch(line -> line.startsWith("StackOverflowError (")), "terminal: " + log);
            assertTrue(log.stream().noneMatch(line -> line.contains("\n") || line.contains("\tat ")), "one line each, "
                    + "no stack trace: " + log);

            Files.writeString(file, original.replace("泉区の魅力づくりと発信", "泉区の魅力づくりと発信（直した）"));
            assertTrue(waitFor(page, "（直した）", 30_000) >= 0, "the next save is built; log: " + log);
            assertTrue(waitFor(page, DevServerTest::hasNoErrorBox, 30_000) >= 0, "the error box is gone; log: " + log);
        }
    }

    @Test
    void showsADollarSignInAnErrorMessageLiterallyEvenBeforeAnyBuildSucceeded() throws Exception {
        SiteConfig config = copiedProject();
        Path file = config.contentDir().resolve("wards/izumi/2022/ja/pillars/01/01.md");
        String original = Files.readString(file);
        Files.writeString(file, original.replace("id: p1-1", "id: p1-1\n$1: x"));
        try (DevServer server = new DevServer(config, log::add)) {
            String page = "http://127.0.0.1:" + server.start(0) + "/ja/wards/izumi/";
            HttpResponse<String> broken = http.send(HttpRequest.newBuilder(URI.create(page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, broken.statusCode(), "no site was built yet; log: " + log);
            Element alert = Jsoup.parse(broken.body()).selectFirst("pre[role=alert]");
            assertTrue(alert != null && alert.text().contains("unknown key '$1'"), broken.body());
            assertTrue(broken.body().contains("EventSource("), "the error page reloads itself when fixed");

            Files.writeString(file, original);
            assertTrue(waitFor(page, "泉区の魅力づくりと発信</h4>", 30_000) >= 0, "recovers when fixed; log: " + log);
            assertTrue(waitFor(page, DevServerTest::hasNoErrorBox, 30_000) >= 0, "the error box is gone; log: " + log);
        }
    }

    @Test
    void theEventStreamStaysOpenAndTellsAnOpenPageOfEveryBuild() throws Exception {
        try (DevServer server = new DevServer(copiedProject(), log::add)) {
            String root = "http://127.0.0.1:" + server.start(0);
            Matcher script = Pattern.compile("e\\.data!=='(\\d+)'").matcher(get(root + "/ja/wards/izumi/"));
            assertTrue(script.find(), "a page carries the number of the build it shows");
            String shown = "data: " + script.group(1);
            HttpResponse<Stream<String>> events = http.send(HttpRequest.newBuilder(URI.create(root
                    + "/__hoshin/events")).build(), HttpResponse.BodyHandlers.ofLines());
            assertEquals("text/event-stream", events.headers().firstValue("Content-Type").orElse(""));
            try (Stream<String> lines = events.body()) {
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                    Iterator<String> stream = lines.iterator();
                    assertEquals(shown, nextData(stream), "a page connecting learns the current build");
                    server.rebuild();
                    String next = nextData(stream);
                    assertNotEquals(shown, next, "a build after it comes on the same stream, which stays open");
                    server.rebuild();
                    assertNotEquals(next, nextData(stream), "and so does every later one");
                });
            }
        }
    }

    /** The next {@code data:} line of an event stream; fails if the stream ends. */
    private static String nextData(Iterator<String> stream) {
        while (stream.hasNext()) {
            String line = stream.next();
            if (line.startsWith("data: ")) {
                return line;
            }
        }
        throw new AssertionError("the event stream ended");
    }

    @Test
    void answersOnlyRequestsForLocalhostOnTheLoopbackInterface() throws Exception {
        try (DevServer server = new DevServer(copiedProject(), log::add)) {
            int port = server.start(0);
            assertTrue(server.address().getAddress().isLoopbackAddress(), "bound to " + server.address());
            for (String host : List.of("localhost", "localhost:" + port, "127.0.0.1:" + port, "[::1]",
                    "[::1]:" + port, "LOCALHOST")) {
                assertEquals(200, status(port, "/", host), host);
            }
            for (String host : List.of("evil.example", "evil.example:" + port, "localhost.evil.example",
                    "127.0.0.1.nip.io", "localhost:80:80", "localhost:", "")) {
                assertEquals(421, status(port, "/", host), host);
            }
        }
    }

    @Test
    void answersOddPathsWithAStatusAndNeverReadsFromDisk() throws Exception {
        SiteConfig config = copiedProject();
        Files.writeString(temp.resolve("secret.txt"), "secret");
        try (DevServer server = new DevServer(config, log::add)) {
            int port = server.start(0);
            Path site = Files.createDirectories(config.outputDir());
            assertEquals(List.of(), Files.list(site).toList(), "the preview writes nothing to site/");
            Files.createSymbolicLink(site.resolve("leak.txt"), temp.resolve("secret.txt"));
            Files.createSymbolicLink(site.resolve("leakdir"), temp);
            Files.writeString(site.resolve("stale.html"), "<p>not part of the build</p>");
            Map<String, Integer> expected = new LinkedHashMap<>();
            expected.put("/%00", 400);
            expected.put("/ja/%00.html", 400);
            expected.put("/%zz", 400);
            expected.put("/%e3%81", 400);
            expected.put("/%5c..%5csecret.txt", 400);
            expected.put("/" + "a".repeat(5000), 400);
            expected.put("/..%2fsecret.txt", 404);
            expected.put("/%2e%2e/secret.txt", 404);
            expected.put("/ja/%2e%2e/%2e%2e/secret.txt", 404);
            expected.put("/../secret.txt", 404);
            expected.put("//" + temp.resolve("secret.txt"), 404);
            expected.put("/leak.txt", 404);
            expected.put("/leakdir/secret.txt", 404);
            expected.put("/stale.html", 404);
            expected.put("/ja/wards/izumi/", 200);
            expected.put("/ja/wards/%69zumi/index.html", 200);
            for (var request : expected.entrySet()) {
                assertEquals(request.getValue(), status(port, request.getKey(), "localhost"), request.getKey());
            }
        }
    }

    private SiteConfig copiedProject() throws IOException {
        Path content = Trees.copy(org.hoshin.testing.Fixture.CONTENT, temp.resolve("content"));
        Path templates = Trees.copy(Path.of("templates"), temp.resolve("templates"));
        return new SiteConfig(temp, content, templates, temp.resolve("site"), "http://localhost/");
    }

    /** The status of a request sent byte for byte as given (no client normalises it), or -1 if none came. */
    private static int status(int port, String rawPath, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String[] statusLine = reply.split(" ", 3);
            return reply.startsWith("HTTP/1.1 ") ? Integer.parseInt(statusLine[1]) : -1;
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition, long timeoutMillis)
            throws InterruptedException {
        long start = System.nanoTime();
        while ((System.nanoTime() - start) / 1_000_000 < timeoutMillis) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private long waitFor(String url, String text, long timeoutMillis) throws Exception {
        return waitFor(url, page -> page.contains(text), timeoutMillis);
    }

    /** Milliseconds until the page at {@code url} passes {@code test}, or -1 if it did not within the timeout. */
    private long waitFor(String url, Predicate<String> test, long timeoutMillis) throws Exception {
        long start = System.nanoTime();
        while ((System.nanoTime() - start) / 1_000_000 < timeoutMillis) {
            if (test.test(get(url))) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            Thread.sleep(20);
        }
        return -1;
    }

    private static boolean hasNoErrorBox(String page) {
        return Jsoup.parse(page).select("pre[role=alert]").isEmpty();
    }

    private String get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

}
