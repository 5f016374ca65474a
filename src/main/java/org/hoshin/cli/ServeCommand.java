package org.hoshin.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.hoshin.content.Message;
import org.hoshin.preview.DevServer;
import org.hoshin.publish.OutputFolderException;
import org.hoshin.publish.SiteWriter;
import org.hoshin.stages.SiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hoshin serve}: a live preview for editors on localhost. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the site in memory, serves it on localhost, and rebuilds and reloads the page when content "
                + "or templates change.", "Writes nothing unless --out is given: 'hoshin build' writes site/."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8000", description = "Port on localhost (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    SourceOptions sources;

    @Option(names = "--out", paramLabel = "DIR", converter = UserPaths.class,
            description = "Also write every good build to DIR, replacing it as 'hoshin build' does.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535 (got " + port + ")");
        }
        Path root = Path.of("").toAbsolutePath();
        String url = "http://localhost:" + port + "/";
        boolean writeSite = out != null;
        // without --out nothing is written: the output folder of the configuration is then never used
        SiteConfig config = new SiteConfig(root, sources.content, sources.templates,
                writeSite ? out : Path.of("site"), url);
        if (writeSite) {
            try {
                SiteWriter.open(config, System.out::println);
            } catch (OutputFolderException e) {
                System.err.println(Message.format("cli.serve.failed", e.getMessage()));
                return 1;
            }
        }
        try (DevServer server = new DevServer(config, writeSite,
                line -> System.out.println(Diagnostics.visible(line)))) {
            int actual = server.start(port);
            String address = "http://localhost:" + actual + "/";
            System.out.println(writeSite ? Message.format("cli.serve.servingAndWriting", address, out)
                    : Message.format("cli.serve.serving", address));
            new CountDownLatch(1).await();
            return 0;
        } catch (BindException e) {
            System.err.println(Diagnostics.visible(Message.format("cli.serve.port", port, e.getMessage())));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (IOException | RuntimeException | Error e) {
            return CommandFailure.report("serve", e);
        }
    }
}
