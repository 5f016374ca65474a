package org.hoshin.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hoshin.site.DevServer;
import org.hoshin.site.OutputFolderException;
import org.hoshin.site.SiteConfig;
import org.hoshin.site.SiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hoshin serve}: a live preview for editors on localhost. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds, serves site/ on localhost and rebuilds and reloads the page when content changes.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8000", description = "Port on localhost (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    SourceOptions sources;

    @Option(names = "--out", paramLabel = "DIR", converter = UserPaths.class,
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("site");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535 (got " + port + ")");
        }
        Path root = Path.of("").toAbsolutePath();
        String url = "http://localhost:" + port + "/";
        SiteConfig config = new SiteConfig(root, sources.content, sources.templates, out, url);
        try {
            SiteWriter.open(config, System.out::println);
        } catch (OutputFolderException e) {
            System.err.println("serve: " + e.getMessage());
            return 1;
        }
        try (DevServer server = new DevServer(config, line -> System.out.println(Diagnostics.visible(line)))) {
            int actual = server.start(port);
            System.out.println("serving " + out + " at http://localhost:" + actual + "/ (Ctrl+C to stop)");
            new CountDownLatch(1).await();
            return 0;
        } catch (BindException e) {
            System.err.println(Diagnostics.visible("serve failed: port " + port + " cannot be used (" + e.getMessage()
                    + "; stop the other server or choose another port with --port N)"));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (IOException | RuntimeException | Error e) {
            return CommandFailure.report("serve", e);
        }
    }
}
