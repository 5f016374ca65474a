package org.hoshin.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hoshin.content.SourceHash;
import org.hoshin.content.YokohamaWards;

/**
 * Writes a content folder {@code scale} times the size of the real one, for measuring builds at sizes the city
 * may reach: the real editions are copied round-robin onto all 18 of Yokohama's wards and onto earlier fiscal
 * years, and every copied text gains words of its own, so the vocabulary (and with it the search index) grows
 * with the corpus instead of repeating. English files get the hash of their varied Japanese file, so the copies
 * are as current as the originals. Never written inside {@code content/}.
 */
public final class BenchCorpus {

    private static final Pattern SOURCE_HASH = Pattern.compile("(?m)^source-sha256: *\\S+$");
    private static final String KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
    private static final String LETTERS = "bcdfghjklmnprstvz";
    private static final String VOWELS = "aeiou";

    /** One ward edition of the generated corpus, for building the same text with other tools. */
    public record EditionDir(String ward, int year, Path dir) {
    }

    private BenchCorpus() {
    }

    /** Writes the corpus into {@code out} (emptied first) and returns its editions. */
    public static List<EditionDir> write(Path realContent, Path out, int scale) throws IOException {
        deleteTree(out);
        List<Path> real = realEditions(realContent.resolve("wards"));
        if (real.isEmpty()) {
            throw new IOException("no editions under " + realContent.resolve("wards"));
        }
        for (String shared : List.of("glossary.yaml", "site.yaml", "search")) {
            copyTree(realContent.resolve(shared), out.resolve(shared));
        }
        List<YokohamaWards.Entry> wards = YokohamaWards.all();
        List<EditionDir> editions = new ArrayList<>();
        int copies = real.size() * scale;
        for (int n = 0; n < copies; n++) {
            String ward = wards.get(n % wards.size()).id();
            int year = 2022 - n / wards.size();
            Path wardDir = out.resolve("wards").resolve(ward);
            if (!Files.exists(wardDir.resolve("ward.yaml"))) {
                Files.createDirectories(wardDir);
                Files.writeString(wardDir.resolve("ward.yaml"), "id: " + ward
                        + "\noffice-url: https://www.city.yokohama.lg.jp/" + ward + "/\n");
            }
            Path edition = wardDir.resolve(Integer.toString(year));
            copyEdition(real.get(n % real.size()), edition, n);
            editions.add(new EditionDir(ward, year, edition));
        }
        return editions;
    }

    /** The editions of an existing content folder, as they are. */
    public static List<EditionDir> editionsOf(Path content) throws IOException {
        return realEditions(content.resolve("wards")).stream().map(e -> new EditionDir(
                e.getParent().getFileName().toString(), Integer.parseInt(e.getFileName().toString()), e)).toList();
    }

    private static List<Path> realEditions(Path wards) throws IOException {
        try (Stream<Path> walk = Files.walk(wards, 2)) {
            return walk.filter(p -> p.getNameCount() - wards.getNameCount() == 2 && Files.isDirectory(p)
                    && p.getFileName().toString().matches("\\d{4}")).sorted().toList();
        }
    }

    /** Copies one edition, giving each Markdown file a sentence of words that exist only in copy {@code n}. */
    private static void copyEdition(Path from, Path to, int n) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
        int fileNumber = 0;
        for (Path file : files) {
            Path relative = from.relativize(file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (relative.getNameCount() > 1 && file.toString().endsWith(".md") && relative.getName(0).toString()
                    .equals("ja")) {
                int seed = n * 997 + fileNumber++;
                text = text.stripTrailing() + "\n\n" + kanaWord(seed) + "と" + kanaWord(seed + 7919)
                        + "の取組を進めます。\n";
            }
            write(to.resolve(relative.toString()), text);
        }
        fileNumber = 0;
        for (Path file : files) {
            Path relative = from.relativize(file);
            if (relative.getNameCount() > 1 && file.toString().endsWith(".md") && relative.getName(0).toString()
                    .equals("en")) {
                Path ja = to.resolve("ja").resolve(relative.subpath(1, relative.getNameCount()).toString());
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int seed = n * 997 + fileNumber++;
                Matcher hash = SOURCE_HASH.matcher(text);
                if (Files.isRegularFile(ja) && hash.find()) {
                    text = hash.replaceFirst("source-sha256: " + SourceHash.of(ja));
                }
                write(to.resolve(relative.toString()), text.stripTrailing() + "\n\nWe will promote "
                        + latinWord(seed) + " and " + latinWord(seed + 7919) + ".\n");
            }
        }
    }

    /** A katakana word made from {@code seed}: different seeds, different words. */
    static String kanaWord(int seed) {
        StringBuilder word = new StringBuilder();
        int rest = Math.abs(seed) + KANA.length();
        while (rest > 0) {
            word.append(KANA.charAt(rest % KANA.length()));
            rest /= KANA.length();
        }
        return word.toString();
    }

    /** A pronounceable Latin word made from {@code seed}. */
    static String latinWord(int seed) {
        StringBuilder word = new StringBuilder();
        int rest = Math.abs(seed) + LETTERS.length() * VOWELS.length();
        while (rest > 0) {
            word.append(LETTERS.charAt(rest % LETTERS.length()));
            rest /= LETTERS.length();
            word.append(VOWELS.charAt(rest % VOWELS.length()));
            rest /= VOWELS.length();
        }
        return word.toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
