package org.hoshin.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hoshin.content.ContentError;
import org.hoshin.content.ContentException;

/**
 * The editors' preview: serves {@code site/} on localhost, rebuilds when content or templates change and tells
 * open pages to reload through server-sent events. A failed build is shown on the page and in the terminal, and
 * the server keeps running with the last good site.
 */
public final class DevServer implements AutoCloseable {

    private static final String EVENTS = "/__hoshin/events";
    private static final String RELOAD_SCRIPT = "<script>new EventSource('" + EVENTS
            + "').onmessage=function(){location.reload()}</script>";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8");

    private final SiteConfig config;
    private final Consumer<String> log;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService watcher = Executors.newSingleThreadExecutor();
    private HttpServer server;
    private WatchService watchService;
    private volatile String buildError = "";

    public DevServer(SiteConfig config, Consumer<String> log) {
        this.config = config;
        this.log = log;
    }

    /** Builds once, starts serving on {@code port} (0 for any free port) and starts watching; returns the port. */
    public int start(int port) throws IOException {
        rebuild();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
        watchService = FileSystems.getDefault().newWatchService();
        for (Path dir : List.of(config.contentDir(), config.templatesDir())) {
            registerTree(dir);
        }
        watcher.submit(this::watch);
        return server.getAddress().getPort();
    }

    /** Rebuilds the site; on failure keeps the previous site and remembers the messages for the page. */
    void rebuild() {
        long start = System.nanoTime();
        try {
 SiteBuilder.Result result = new SiteBuilder(config).build();
            buildError = "";
            result.warnings().forEach(w -> log.accept("warning: " + w.format()));
            log.accept("rebuilt " + result.files() + " files in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (ContentException e) {
            StringBuilder text = new StringBuilder();
            for (ContentError error : e.errors()) {
                text.append(error.format()).append('\n');
            }
            buildError = text.toString();
            log.accept("build failed; still serving the last good site:\n" + buildError.strip());
        } catch (IOException e) {
            buildError = e.getMessage();
            log.accept("build failed: " + e.getMessage());
        }
        notifyListeners();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                Thread.sleep(30);
                drain(key);
                WatchKey more;
                while ((more = watchService.poll(30, TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                rebuild();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain(WatchKey key) {
        for (var event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path dir) {
                Path created = dir.resolve((Path) event.context());
                if (Files.isDirectory(created)) {
                    try {
                        registerTree(created);
                    } catch (IOException e) {
                        log.accept("cannot watch " + created + ": " + e.getMessage());
                    }
                }
            }
        }
        key.reset();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(EVENTS)) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            body.flush();
            listeners.add(body);
            return;
        }
        Path file = resolve(path);
        if (file == null) {
            send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        byte[] bytes = Files.readAllBytes(file);
        if (extension.equals("html")) {
            bytes = injectDevTools(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), bytes);
    }

    private Path resolve(String urlPath) {
        Path site = config.outputDir().toAbsolutePath().normalize();
        Path file = site.resolve(urlPath.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(site)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    private String injectDevTools(String html) {
        String banner = buildError.isEmpty() ? "" : "<pre role=\"alert\" style=\"position:sticky;top:0;z-index:99;"
                + "margin:0;padding:1rem;background:#8b0000;color:#fff;white-space:pre-wrap\">"
                + escape("build failed; showing the last good build:\n" + buildError) + "</pre>";
        return html.replaceFirst("<body>", "<body>" + banner).replace("</body>", RELOAD_SCRIPT + "</body>");
    }

    private void notifyListeners() {
        for (OutputStream listener : listeners) {
            try {
                listener.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                listener.flush();
            } catch (IOException e) {
                listeners.remove(listener);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() throws IOException {
        watcher.shutdownNow();
        if (watchService != null) {
            watchService.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }
}
