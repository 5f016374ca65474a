package org.hoshin.content;

import java.util.List;

/**
 * A policy theme that cuts across wards (防災・減災, 子育て…), so a reader can compare what every ward does about
 * one subject. Editors keep the list in {@code content/themes.yaml}.
 *
 * @param id            stable id used in addresses ({@code /ja/themes/bosai/}) and in items' {@code themes:} lists
 * @param nameJa        the Japanese name
 * @param nameEn        the English name, consistent with the glossary
 * @param descriptionJa one line saying what the theme covers, in Japanese
 * @param descriptionEn the same in English
 * @param keywords      Japanese words that put an initiative in the theme, analysed like search
 * @param origin        where the theme is defined
 */
public record Theme(String id, String nameJa, String nameEn, String descriptionJa, String descriptionEn,
                    List<String> keywords, Location origin) {

    public Theme {
        keywords = List.copyOf(keywords);
    }

    /** The name in {@code lang}. */
    public String name(Lang lang) {
        return lang.isJapanese() ? nameJa : nameEn;
    }

    /** The one-line description in {@code lang}. */
    public String description(Lang lang) {
        return lang.isJapanese() ? descriptionJa : descriptionEn;
    }
}
