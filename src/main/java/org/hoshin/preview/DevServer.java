package org.hoshin.preview;

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
import org.hoshin.content.Message;
import org.hoshin.publish.OutputFolderException;
import org.hoshin.publish.SiteWriter;
import org.hoshin.site.SiteBuilder;
import org.hoshin.site.UnexpectedFailure;
import org.hoshin.stages.BuildSession;
import org.hoshin.stages.OutputTree;
import org.hoshin.stages.SiteConfig;

/**
 * The editors' preview: builds the site in memory and serves it on localhost, rebuilds when content or templates
 * change and tells open pages to reload through server-sent events. A failed build is shown on the page and in the
 * terminal, and the server keeps running with the last good site.
 *
 * <p>The site is served from memory, as {@code hugo server} does, and written nowhere unless asked: writing the
 * whole site after every save took longer than building it at fifty times today's content, and a preview has no
 * use for a folder on disk. Nothing is ever read from disk to answer a request.
 */
public final class DevServer implements AutoCloseable {

    private static final String EVENTS = "/__hoshin/events";
    /**
     * Reloads the page when the server's build number differs from the one the page was served with. The number is
     * sent on every (re)connection as well as after every build, so a build that ends between serving a page and its
     * connecting is not missed.
     */
    private static final String RELOAD_SCRIPT = "<script>new EventSource('" + EVENTS
            + "').onmessage=function(e){if(e.data!=='%d')location.reload()}</script>";
    /** Shown for a missing page while the build is broken, so the error is visible before any build succeeded. */
    private static final String NO_PAGE = "<!DOCTYPE html><html lang=\"en\"><title>build failed</title><body>"
            + "<p>No page here yet.</p></body></html>";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8");

    /** What a rebuild runs: the real build, or in tests a stand-in that throws what real content cannot. */
    @FunctionalInterface
    interface Build {
        SiteBuilder.Result run() throws ContentException, IOException;
    }

    private final SiteConfig config;
    private final Consumer<String> log;
    private final Build build;
    /** Open event streams: each stays open after its request is answered, until the page goes away. */
    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService watcher = Executors.newSingleThreadExecutor();
    private HttpServer server;
    private WatchService watchService;
    private volatile String buildError = "";
    /** Counts finished builds, good or failed; a page served before the latest one reloads. */
    private volatile long generation;
    /** The last good site, served; {@code null} until a build succeeded. */
    private volatile OutputTree site;
    /** Whether every good build is also written to the output folder ({@code serve --out DIR}). */
    private final boolean writeSite;

    /**
     * A preview whose rebuilds reuse the unchanged wards, templates and pages of the builds before them.
     *
     * @param writeSite also write every good build to the configured output folder (replacing it as {@code build}
     *                  does), for a preview that another server or tool reads from disk
     */
    public DevServer(SiteConfig config, boolean writeSite, Consumer<String> log) {
        this(config, log, incremental(config), writeSite);
    }

    /** A preview that writes nothing. */
    public DevServer(SiteConfig config, Consumer<String> log) {
        this(config, false, log);
    }

    private static Build incremental(SiteConfig config) {
        BuildSession session = new BuildSession();
        return () -> new SiteBuilder(config, Runtime.getRuntime().availableProcessors(), session).buildInMemory();
    }

    /** A preview running {@code build}, which must keep the site in memory ({@link SiteBuilder#buildInMemory}). */
    DevServer(SiteConfig config, Consumer<String> log, Build build) {
        this(config, log, build, false);
    }

    private DevServer(SiteConfig config, Consumer<String> log, Build build, boolean writeSite) {
        this.config = config;
        this.log = log;
        this.build = build;
        this.writeSite = writeSite;
    }

    /**
     * Takes {@code port} (0 for any free port) on the loopback interface only, builds once, starts serving and
     * watching; returns the port. The port is taken first so that a busy port fails before anything is built.
     */
    public int start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        rebuild();
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

    /** The address being served, so callers can see it is the loopback interface. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /**
     * Rebuilds the site; on failure keeps the previous site and remembers the messages for the page. Catches every
     * Throwable, not only content errors: a crash inside a library (a StackOverflowError on deeply nested text)
     * must not end the preview, and the next save must be built again.
     */
    void rebuild() {
        long start = System.nanoTime();
        OutputTree built = null;
        try {
            SiteBuilder.Result result = build.run();
            if (!result.tree().inMemory()) {
                throw new IllegalStateException("the preview serves a site kept in memory, not one written to disk");
            }
            site = result.tree();
            buildError = "";
            result.warnings().forEach(w -> log.accept(Message.format("serve.warning", w.format())));
            log.accept(Message.format("serve.rebuilt", result.files(), (System.nanoTime() - start) / 1_000_000));
            built = result.tree();
        } catch (ContentException e) {
            failed(e.errors().stream().map(ContentError::format).toList());
        } catch (IOException e) {
            failed(List.of(oneLine(String.valueOf(e.getMessage()))));
        } catch (Throwable e) {
            failed(List.of(UnexpectedFailure.describe(e)));
        }
        generation++; // only the watcher thread (or start, before it) builds
        notifyListeners();
        if (writeSite && built != null) {
            write(built); // after the reload: the page shows the new build while it is written
        }
    }

    /**
     * Writes the site served to the output folder as {@code build} would; a problem there is told in the terminal
     * but does not stop the preview, which keeps serving the build from memory.
     */
    private void write(OutputTree tree) {
        try {
            SiteWriter.open(config, note -> log.accept(Message.format("serve.warning", note))).replace(tree);
        } catch (OutputFolderException e) {
            log.accept(Message.format("serve.cannotWrite", oneLine(e.getMessage())));
        } catch (RuntimeException e) {
            log.accept(Message.format("serve.cannotWrite", UnexpectedFailure.describe(e)));
        }
    }

    private void failed(List<String> errors) {
        buildError = String.join("\n", errors);
        log.accept(Message.format("serve.buildFailed"));
        errors.forEach(error -> log.accept(oneLine(error)));
    }

    /** Waits for changes and rebuilds until closed; nothing that goes wrong in one round ends the watching. */
    private void watch() {
        while (true) {
            try {
                awaitChanges();
                rebuild();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                log.accept(Message.format("serve.watchFailed", UnexpectedFailure.describe(e)));
            }
        }
    }

    /** Waits for a change, then until 30 ms pass without another (an editor's save can be several events). */
    private void awaitChanges() throws InterruptedException {
        WatchKey key = watchService.take();
        drain(key);
        WatchKey more;
        while ((more = watchService.poll(30, TimeUnit.MILLISECONDS)) != null) {
            drain(more);
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
                        log.accept(Message.format("serve.cannotWatch", created, e.getMessage()));
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

    /**
     * Answers every request, whatever happens: a failure becomes a short 500, never a dropped connection. The
     * exchange is closed when answered, except an event stream, which must stay open to carry the reloads.
     */
    private void handle(HttpExchange exchange) {
        try {
            if (!startsEventStream(exchange)) {
                try (exchange) {
                    respond(exchange);
                }
            }
        } catch (IOException e) {
            // the browser went away; nothing to answer
        } catch (RuntimeException | Error e) {
            log.accept(Message.format("serve.cannotAnswer", oneLine(exchange.getRequestURI().getRawPath()),
                    UnexpectedFailure.describe(e)));
            try {
                sendText(exchange, 500, "internal error");
            } catch (IOException | RuntimeException ignored) {
                // the response had already begun; closing the exchange is all that is left
            }
        }
    }

    /**
     * Opens an event stream for a page's reload script and leaves it open (closing the exchange would end it, and
     * the page would never hear of a build); the current build number is sent at once. False for other requests.
     */
    private boolean startsEventStream(HttpExchange exchange) throws IOException {
        if (!EVENTS.equals(exchange.getRequestURI().getRawPath())
                || !LoopbackHost.accepts(exchange.getRequestHeaders().getFirst("Host"))) {
            return false;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        listeners.add(exchange);
        // a page waits half a second, not the default three, to reconnect to a restarted preview
        send(exchange, "retry: 500\n: connected\n");
        return true;
    }

    private void respond(HttpExchange exchange) throws IOException {
        if (!LoopbackHost.accepts(exchange.getRequestHeaders().getFirst("Host"))) {
            sendText(exchange, 421, "this preview answers only requests for localhost");
            return;
        }
        String rawPath = exchange.getRequestURI().getRawPath();
        long servedGeneration = generation; // read before the site: a page can be newer than its number, not older
        OutputTree served = site;
        SitePath.Lookup found = SitePath.lookup(served, rawPath);
        if (found.file() == null && found.status() == 404 && !buildError.isEmpty()) {
            send(exchange, 404, TYPES.get("html"),
                    injectDevTools(NO_PAGE, servedGeneration).getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (found.file() == null) {
            sendText(exchange, found.status(), found.reason());
            return;
        }
        String name = found.file().substring(found.file().lastIndexOf('/') + 1);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        byte[] bytes = served.bytes(found.file());
        if (extension.equals("html")) {
            bytes = injectDevTools(new String(bytes, StandardCharsets.UTF_8), servedGeneration)
                    .getBytes(StandardCharsets.UTF_8);
        }
        send(exchange, 200, TYPES.getOrDefault(extension, "application/octet-stream"), bytes);
    }

    /** Adds the error banner after {@code <body>} and the reload script; literal text, never a regex replacement. */
    private String injectDevTools(String html, long servedGeneration) {
        String banner = buildError.isEmpty() ? "" : "<pre role=\"alert\" style=\"position:sticky;top:0;z-index:99;"
                + "margin:0;padding:1rem;background:#8b0000;color:#fff;white-space:pre-wrap\">"
                + escape(Message.format("serve.banner") + "\n" + buildError) + "</pre>";
        int body = html.indexOf("<body>");
        int end = html.lastIndexOf("</body>");
        if (body < 0 || end < body) {
            return html;
        }
        int afterBody = body + "<body>".length();
        return html.substring(0, afterBody) + banner + html.substring(afterBody, end)
                + RELOAD_SCRIPT.formatted(servedGeneration) + html.substring(end);
    }

    /** Sends the new build number to every open page; a page that went away is forgotten. */
    private void notifyListeners() {
        for (HttpExchange listener : listeners) {
            send(listener, "");
        }
    }

    /** Sends {@code lines} and then the current build number as one event; closes the stream if the page is gone. */
    private void send(HttpExchange listener, String lines) {
        try {
            synchronized (listener) { // the watcher and a connecting page may both send
                OutputStream body = listener.getResponseBody();
                body.write((lines + "data: " + generation + "\n\n").getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (IOException e) {
            listeners.remove(listener);
            listener.close();
        }
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\R", " ");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Stops watching without interrupting a rebuild in progress (an interrupt can break a library's one-time class
     * initialisation, such as the Japanese dictionary, for the rest of the JVM), then stops serving.
     */
    @Override
    public void close() throws IOException {
        if (watchService != null) {
            watchService.close();
        }
        watcher.shutdown();
        try {
            watcher.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            watcher.shutdownNow();
            Thread.currentThread().interrupt();
        }
        listeners.forEach(HttpExchange::close);
        if (server != null) {
            server.stop(0);
        }
    }
}
