package org.hoshin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two catalogues say the same things: the same keys, the same placeholders per key; every key the code names
 * exists and every key is named by the code (found by scanning the sources for string literals of the form
 * {@code namespace.name} whose namespace is one of the catalogue's). A literal names a key when it equals it or is
 * its prefix (a hint {@code k.hint}, or count forms {@code k.zero}/{@code k.one}/{@code k.many}).
 */
class MessageCatalogueTest {

    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+)\"");

    private final Catalogue en = Catalogue.of(TerminalLanguage.EN);
    private final Catalogue ja = Catalogue.of(TerminalLanguage.JA);

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(en.keys(), ja.keys());
        assertTrue(en.keys().size() > 40, "the catalogue was read: " + en.keys().size());
    }

    @Test
    void everyKeyUsesTheSamePlaceholdersInBothLanguages() {
        for (String key : en.keys()) {
            assertEquals(Catalogue.placeholders(en.raw(key)), Catalogue.placeholders(ja.raw(key)), key);
        }
    }

    @Test
    void japaneseTextsAreJapanese() {
        Pattern kana = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}\\u3001-\\u303F\\uFF01-\\uFF60]");
        for (String key : ja.keys()) {
            assertTrue(kana.matcher(ja.raw(key)).find() || ja.raw(key).equals(en.raw(key)), key + ": " + ja.raw(key));
        }
    }

    @Test
    void everyKeyNamedInTheCodeExistsAndEveryKeyIsNamed() throws IOException {
        Set<String> namespaces = en.keys().stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        Map<String, Path> named = new java.util.TreeMap<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String literal = m.group(1);
                    if (namespaces.contains(literal.substring(0, literal.indexOf('.')))) {
                        named.put(literal, file);
                    }
                }
            }
        }
        for (var literal : named.entrySet()) {
            assertTrue(en.keys().stream().anyMatch(k -> names(literal.getKey(), k)),
                    literal.getValue() + " names '" + literal.getKey() + "', which is not in the catalogue");
        }
        Set<String> unused = new TreeSet<>(en.keys());
        unused.removeIf(k -> named.keySet().stream().anyMatch(literal -> names(literal, k)));
        assertEquals(Set.of(), unused, "keys no code names");
    }

    @Test
    void languageFollowsTheExplicitChoiceThenTheLocale() {
        assertEquals(TerminalLanguage.JA, TerminalLanguage.choose("ja", Map.of("HOSHIN_LANG", "en")));
        assertEquals(TerminalLanguage.EN, TerminalLanguage.choose(null, Map.of("HOSHIN_LANG", "en", "LANG", "ja_JP.UTF-8")));
        assertEquals(TerminalLanguage.JA, TerminalLanguage.choose(null, Map.of("LANG", "ja_JP.UTF-8")));
        assertEquals(TerminalLanguage.EN, TerminalLanguage.choose(null, Map.of("LC_ALL", "C.UTF-8", "LANG", "ja_JP.UTF-8")));
        assertEquals(TerminalLanguage.JA, TerminalLanguage.choose(null, Map.of("LC_MESSAGES", "ja_JP", "LANG", "en_US")));
        assertEquals(TerminalLanguage.EN, TerminalLanguage.choose(null, Map.of()));
    }

    @Test
    void placeholdersAreFilledLiterallyAndNestedMessagesAreWorded() {
        Message nested = Message.of("field.notList", "captions", Message.of("kind.single"));
        assertEquals("'captions' must be a list, found " + en.raw("kind.single"), en.text(nested));
        assertTrue(ja.text(nested).contains(ja.raw("kind.single")), ja.text(nested));
        assertEquals("keep one of them", en.hint(Message.of("yaml.duplicateKey", "id", 2)));
        assertEquals("", en.hint(Message.of("field.unknown", "titel")));
    }

    private static boolean names(String literal, String key) {
        return key.equals(literal) || key.startsWith(literal + ".");
    }
}
