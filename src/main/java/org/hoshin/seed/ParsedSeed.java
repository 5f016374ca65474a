package org.hoshin.seed;

import java.util.List;
import org.hoshin.content.Policy;

/**
 * What reading one seed produced: the policy, and the warnings an editor should review before committing it.
 *
 * @param policy   the Japanese policy, always content that build accepts
 * @param warnings places where the parser guessed, in seed line order
 */
public record ParsedSeed(Policy policy, List<SeedWarning> warnings) {

    public ParsedSeed {
        warnings = List.copyOf(warnings);
    }
}
