package org.hoshin.testing;

import java.nio.file.Path;

/**
 * The frozen project the tests own (src/test/resources/fixture): a copy of the content and seeds as they were when
 * the tests were written. Tests that assert what a page shows, which anchor a link finds or what a search returns
 * read this copy, never the project's {@code content/}, which editors change every year; the real content is only
 * checked through properties that hold for any valid content.
 */
public final class Fixture {

    /** The fixture project's folder: its content and seeds live here, the templates are the project's. */
    public static final Path ROOT = Path.of("src/test/resources/fixture").toAbsolutePath();

    /** The fixture's content folder (five wards, one edition each, translated). */
    public static final Path CONTENT = ROOT.resolve("content");

    /** The fixture's seed texts, from which its content was imported. */
    public static final Path SEEDS = ROOT.resolve("seeds");

    private Fixture() {
    }

    /**
     * Gives a content folder made by import from nothing the one file import never writes, {@code site.yaml} (who
     * publishes the site: the editors say it, not a seed), from the fixture; returns the folder.
     */
    public static Path withSiteFile(Path content) throws java.io.IOException {
        java.nio.file.Files.createDirectories(content);
        java.nio.file.Files.copy(CONTENT.resolve("site.yaml"), content.resolve("site.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return content;
    }

    /**
     * Copies the fixture's content into {@code target} with only the named wards (the glossary, themes and search
     * files too): a smaller site, for tests whose subject is not the content and that build many times.
     */
    public static Path contentWithWards(Path target, String... wards) throws java.io.IOException {
        java.util.Set<String> kept = java.util.Set.of(wards);
        return Trees.copy(CONTENT, target, relative -> relative.getNameCount() < 2
                || !relative.getName(0).toString().equals("wards") || kept.contains(relative.getName(1).toString()));
    }
}
