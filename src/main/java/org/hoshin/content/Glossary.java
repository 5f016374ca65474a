package org.hoshin.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one English rendering of each recurring official term (地域包括ケアシステム → community-based integrated care
 * system), kept in {@code content/glossary.yaml} so every ward's translation names things the same way. The build
 * warns where a Japanese paragraph uses a term but the matching English paragraph lacks its rendering.
 *
 * @param terms the terms, longest Japanese first so compounds win over their parts
 */
public record Glossary(List<Term> terms) {

    public static final String FILE = "glossary.yaml";

    /**
     * One term.
     *
     * @param japanese the term as written in the policies
     * @param english  its English rendering
     * @param location where it is defined
     */
    public record Term(String japanese, String english, Location location) {
    }

    public Glossary {
        terms = terms.stream().sorted((a, b) -> b.japanese().length() - a.japanese().length()).toList();
    }

    /** Reads the glossary; an absent file is an empty glossary. */
    public static Glossary load(Path contentDir, UnaryOperator<Path> display) throws ContentException {
        Path file = contentDir.resolve(FILE);
        Path shown = display.apply(file);
        SafeFiles.checkChain(contentDir, FILE, display.apply(contentDir));
        if (!SafeFiles.isFile(file, shown)) {
            return new Glossary(List.of());
        }
        List<ContentError> errors = new ArrayList<>();
        Fields root = Fields.of(new YamlReader().read(shown, TextFiles.readUtf8(file, shown), 0), Set.of("terms"),
                "the glossary", errors);
        List<Term> terms = new ArrayList<>();
        for (YamlNode node : root.items("terms")) {
            Fields term = Fields.of(node, Set.of("ja", "en", "note"), "a glossary term", errors);
            terms.add(new Term(term.required("ja"), term.required("en"), node.location()));
        }
        if (!errors.isEmpty()) {
            throw new ContentException(errors);
        }
        return new Glossary(terms);
    }

    /** Terms used in {@code japanese} whose English rendering is missing from {@code english}. */
    public List<Term> missingIn(String japanese, String english) {
        String englishLower = english.toLowerCase(Locale.ROOT);
        List<Term> missing = new ArrayList<>();
        String remaining = japanese;
        for (Term term : terms) {
            if (remaining.contains(term.japanese())) {
                remaining = remaining.replace(term.japanese(), "\u0000");
                if (!englishLower.contains(term.english().toLowerCase(Locale.ROOT))) {
                    missing.add(term);
                }
            }
        }
        return missing;
    }
}
