package org.hoshin.content;

/**
 * A ward mascot character named in the policy.
 *
 * @param name the mascot's name (e.g. いっずん)
 * @param role how the policy introduces it (e.g. 泉区マスコットキャラクター)
 */
public record Mascot(String name, String role) {

    /** How a page names it: 泉区マスコットキャラクター「いっずん」 in Japanese, "Izzun (mascot of Izumi Ward)" in English. */
    public String label(String lang) {
        return lang.equals("ja") ? role + "「" + name + "」" : name + " (" + role + ")";
    }
}
