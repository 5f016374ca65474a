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
        add(texts, policy.goalText(), policy.translation());
        add(texts, policy.pillarsIntro(), policy.pillarsIntro().translation());
        for (Pillar pillar : policy.pillars()) {
            add(texts, pillar.summary(), pillar.translation());
            for (Initiative initiative : pillar.initiatives()) {
                add(texts, initiative.body(), initiative.translation());
            }
        }
        add(texts, policy.managementIntro(), policy.managementIntro().translation());
        policy.management().forEach(s -> add(texts, s.body(), s.translation()));
        policy.columns().forEach(s -> add(texts, s.body(), s.translation()));
        add(texts, policy.notes(), policy.notes().translation());
        return texts;
    }

    private static void add(List<Markdown> texts, Markdown text, Translation state) {
        if (state != Translation.MISSING && !text.isBlank()) {
            texts.add(text);
        }
    }
}
