package org.hoshin.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every text hoshin shows its user, in one language, read from {@code org/hoshin/messages/messages.<lang>.properties}
 * (UTF-8). Placeholders are {@code {0}}, {@code {1}}, … replaced literally: unlike {@link java.text.MessageFormat}
 * an apostrophe in a message stays an apostrophe, which English messages quoting keys need.
 */
public final class Catalogue {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Map<TerminalLanguage, Catalogue> LOADED = Collections.synchronizedMap(new EnumMap<>(TerminalLanguage.class));

    private final TerminalLanguage language;
    private final Map<String, String> texts;

    private Catalogue(TerminalLanguage language, Map<String, String> texts) {
        this.language = language;
        this.texts = texts;
    }

    /** The catalogue of the language chosen for this process (see {@link TerminalLanguage#current()}). */
    public static Catalogue current() {
        return of(TerminalLanguage.current());
    }

    public static Catalogue of(TerminalLanguage language) {
        return LOADED.computeIfAbsent(language, Catalogue::load);
    }

    private static Catalogue load(TerminalLanguage language) {
        String resource = "/org/hoshin/messages/messages." + language.code() + ".properties";
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("message catalogue " + resource + " is missing from the jar");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new java.util.HashMap<>();
            properties.stringPropertyNames().forEach(k -> texts.put(k, properties.getProperty(k)));
            return new Catalogue(language, Map.copyOf(texts));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TerminalLanguage language() {
        return language;
    }

    /** Every key, sorted. */
    public Set<String> keys() {
        return new TreeSet<>(texts.keySet());
    }

    /** The raw text of {@code key}, placeholders unreplaced. */
    public String raw(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("message key '" + key + "' is missing from the " + language.code()
                    + " catalogue (a bug in hoshin)");
        }
        return text;
    }

    /** {@code message} worded in this language. */
    public String text(Message message) {
        return fill(raw(message.key()), message);
    }

    /** The hint of {@code message} ({@code key.hint}) in this language, or empty when there is none. */
    public String hint(Message message) {
        String hint = texts.get(message.key() + ".hint");
        return hint == null ? "" : fill(hint, message);
    }

    /**
     * A message followed by its hint, as this language writes an aside: "text (hint)" in English, 「text（hint）」
     * in Japanese, whose parentheses are full-width after Japanese text; just the text when the hint is empty.
     */
    public String withHint(String text, String hint) {
        return hint.isEmpty() ? text : fill(raw("text.withHint"), Message.of("text.withHint", text, hint));
    }

    /** The placeholder numbers a text uses. */
    public static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private String fill(String text, Message message) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            Object arg = i < message.args().size() ? message.args().get(i) : m.group();
            String value = arg instanceof Message nested ? text(nested) : String.valueOf(arg);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
