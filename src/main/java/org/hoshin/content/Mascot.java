package org.hoshin.content;

/**
 * A ward mascot character named in the policy.
 *
 * @param name the mascot's name (e.g. いっずん)
 * @param role how the policy introduces it (e.g. 泉区マスコットキャラクター)
 */
public record Mascot(String name, String role) {
}
