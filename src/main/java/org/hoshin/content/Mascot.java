package org.hoshin.content;

/**
 * A ward mascot character named in the policy.
 *
 * @param name the mascot's name (e.g. いっずん)
 * @param role how the policy introduces it (e.g. 泉区マスコットキャラクター)
 */
public record Mascot(String name, String role) {

    /** How a page names it: 泉区マスコットキャラクター「いっずん」 in Japanese, "Izzun (mascot of Izumi Ward)" in English. */
    public String label(Lang lang) {
        return lang.isJapanese() ? role + "「" + name + "」" : name + " (" + role + ")";
    }
}
