package org.hoshin.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Every Markdown text of a policy that is written in the policy's own language, in reading order. A translation's
 * items that are not translated yet show the Japanese text, which is checked once, with the Japanese policy; so
 * whole-site checks (indented text, links between pages) report each line of each file once.
 */
public final class PolicyTexts {

    private PolicyTexts() {
    }

    public static List<Markdown> of(Policy policy) {
        List<Markdown> texts = new ArrayList<>();
        for (PolicyItem item : policy.items()) {
            if (item.translation() != Translation.MISSING && !item.body().isBlank()) {
                texts.add(item.body());
            }
        }
        return texts;
    }
}
