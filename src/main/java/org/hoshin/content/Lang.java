package org.hoshin.content;

import java.util.List;

/**
 * A language the site is published in: every policy has a Japanese text and its English translation, and every
 * page exists once per language, under the language's folder ({@code ja/}, {@code en/}). Not the language hoshin
 * speaks at the terminal ({@link TerminalLanguage}): an English-speaking developer builds the Japanese pages too.
 *
 * <p>{@link #toString} is the language's code, as the {@code lang} attribute, the folder and the templates write
 * it, so a path can be written {@code lang + "/"}.
 */
public enum Lang {
    /** The language the city writes its policies in: the source of every translation. */
    JA("ja"),
    /** The translation residents who do not read Japanese get. */
    EN("en");

    /** Every language of the site, in the order its pages are built and listed: Japanese first. */
    public static final List<Lang> ALL = List.of(values());

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** The BCP 47 code: the {@code lang} attribute's value and the language's folder name. */
    public String code() {
        return code;
    }

    /** The other language of the site: the one a page's language switch leads to. */
    public Lang other() {
        return this == JA ? EN : JA;
    }

    /** Whether this is Japanese, the language every text is written in first. */
    public boolean isJapanese() {
        return this == JA;
    }

    /** The language whose code is {@code code} ({@code ja} or {@code en}). */
    public static Lang of(String code) {
        for (Lang lang : values()) {
            if (lang.code.equals(code)) {
                return lang;
            }
        }
        throw new IllegalArgumentException("not a language of the site: " + code);
    }

    @Override
    public String toString() {
        return code;
    }
}
