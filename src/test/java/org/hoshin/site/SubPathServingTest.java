package org.hoshin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hoshin.testing.BuiltSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site built for /hoshin/ and served there by a plain static server: every internal link and anchor answers. */
class SubPathServingTest {

    @TempDir
    Path temp;

    @Test
    void everyLinkReachableFromTheHomePageWorksUnderTheSubPath() throws Exception {
        Path site = BuiltSite.build(temp.resolve("site"), "http://127.0.0.1/hoshin/");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hoshin/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring("/hoshin/".length());
            Path file = site.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
            boolean found = file.startsWith(site) && Files.isRegularFile(file);
            byte[] body = Files.readAllBytes(found ? file : site.resolve("404.html"));
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/hoshin/";
            List<String> problems = crawl(base);
            assertEquals(List.of(), problems);
        } finally {
            server.stop(0);
        }
    }

    private static List<String> crawl(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Deque<String> queue = new ArrayDeque<>(List.of(base));
        Set<String> seen = new HashSet<>(queue);
        List<String> problems = new ArrayList<>();
        List<String[]> anchors = new ArrayList<>();
        java.util.Map<String, Document> pages = new java.util.HashMap<>();
        while (!queue.isEmpty()) {
            String url = queue.poll();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                problems.add(url + " answered " + response.statusCode());
                continue;
            }
            if (!url.endsWith("/") && !url.endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(response.body(), url);
            pages.put(url, doc);
            for (Element link : doc.select("a[href], link[rel=stylesheet]")) {
                String target = link.absUrl("href");
                if (!target.startsWith(base)) {
                    continue;
                }
                int hash = target.indexOf('#');
                String page = hash < 0 ? target : target.substring(0, hash);
                if (hash >= 0 && hash < target.length() - 1) {
                    anchors.add(new String[] {url, page, target.substring(hash + 1)});
                }
                if (seen.add(page)) {
                    queue.add(page);
                }
            }
        }
        for (String[] anchor : anchors) {
            Document page = pages.get(anchor[1]);
            if (page == null || page.getElementById(anchor[2]) == null) {
                problems.add(anchor[0] + " links to missing #" + anchor[2] + " on " + anchor[1]);
            }
        }
        assertTrue(pages.size() >= 8, "crawled the site: " + pages.keySet());
        return problems;
    }
}
