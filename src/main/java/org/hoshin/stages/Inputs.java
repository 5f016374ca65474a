package org.hoshin.stages;

import java.util.Objects;
import org.hoshin.content.Ward;

/**
 * What a result of the build is made from, so that the preview can reuse it while none of it changed: the ward it
 * shows ({@code null} for none), which is unchanged while it is the same object (a ward none of whose files
 * changed is not read again, see {@link org.hoshin.content.WardCache}), and everything else it reads, compared
 * with {@code equals} (theme links, the compiled templates, a footer).
 */
public record Inputs(Ward ward, Object others) {

    /** A result made from {@code ward} and {@code others}. */
    public static Inputs of(Ward ward, Object... others) {
        return new Inputs(ward, java.util.Arrays.asList(others));
    }

    /** Whether a result made from {@code earlier} may stand for one made from these inputs. */
    boolean same(Inputs earlier) {
        return earlier.ward == ward && Objects.equals(earlier.others, others);
    }
}
