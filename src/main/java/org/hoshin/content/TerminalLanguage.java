package org.hoshin.content;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The language hoshin speaks to the person at the terminal. The editors are ward-office staff who read Japanese,
 * so a Japanese locale (or {@code HOSHIN_LANG=ja}, which the GitHub workflows set) selects Japanese; English stays
 * the default for everyone else.
 */
public enum TerminalLanguage {
    EN, JA;

    /** The system property that overrides the environment, so tests can switch language in-process. */
    public static final String PROPERTY = "hoshin.lang";

    /** The language for this process: {@code hoshin.lang}, then {@code HOSHIN_LANG}, then the POSIX locale. */
    public static TerminalLanguage current() {
        return choose(System.getProperty(PROPERTY), System.getenv());
    }

    /**
     * The chosen language: an explicit choice wins; otherwise the locale variable POSIX consults for messages
     * ({@code LC_ALL}, then {@code LC_MESSAGES}, then {@code LANG}) decides.
     */
    static TerminalLanguage choose(String property, Map<String, String> env) {
        String explicit = firstSet(property, env.get("HOSHIN_LANG"));
        if (explicit != null) {
            return explicit.toLowerCase(Locale.ROOT).startsWith("ja") ? JA : EN;
        }
        String locale = firstSet(env.get("LC_ALL"), env.get("LC_MESSAGES"), env.get("LANG"));
        return locale != null && locale.startsWith("ja") ? JA : EN;
    }

    private static String firstSet(String... values) {
        return Stream.of(values).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    /** The catalogue file's suffix: {@code en} or {@code ja}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
