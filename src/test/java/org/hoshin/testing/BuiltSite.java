package org.hoshin.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hoshin.content.ContentException;
import org.hoshin.site.SiteBuilder;
import org.hoshin.stages.SiteConfig;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The real site built from the project's committed content and templates into a temporary folder, for tests
 * that look at the produced HTML.
 */
public final class BuiltSite {

    public static final Path PROJECT = Path.of("").toAbsolutePath();

    private BuiltSite() {
    }

    public static Path build(Path out) throws ContentException, IOException {
        return build(out, "https://example.org/hoshin/");
    }

    public static Path build(Path out, String siteUrl) throws ContentException, IOException {
        new SiteBuilder(new SiteConfig(org.hoshin.testing.Fixture.ROOT, org.hoshin.testing.Fixture.CONTENT, PROJECT.resolve("templates"), out,
                siteUrl)).build();
        return out;
    }

    /** Builds {@code content} (a fixture copy a test changed) into {@code out}, as {@link #build(Path)} does. */
    public static Path build(Path content, Path out) throws ContentException, IOException {
        new SiteBuilder(new SiteConfig(org.hoshin.testing.Fixture.ROOT, content, PROJECT.resolve("templates"), out,
                "https://example.org/hoshin/")).build();
        return out;
    }

    public static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", "https://example.org/hoshin/" + path);
    }

    public static String seed(String wardFile) throws IOException {
        return Files.readString(org.hoshin.testing.Fixture.SEEDS.resolve(wardFile), StandardCharsets.UTF_8);
    }

    public static Stream<Path> htmlFiles(Path site) throws IOException {
        return Files.walk(site).filter(p -> p.toString().endsWith(".html")).sorted();
    }
}
