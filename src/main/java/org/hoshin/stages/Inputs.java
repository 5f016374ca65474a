package org.hoshin.stages;

import java.util.Objects;
import org.hoshin.content.Edition;
import org.hoshin.content.Ward;

/**
 * What a result of the build is made from, so that the preview can reuse it while none of it changed: the content it
 * shows ({@code null} for none), a ward or one edition of it, which is unchanged while it is the same object (a ward
 * none of whose files changed is not read again, nor is an edition whose folder did not change, see
 * {@link org.hoshin.content.WardCache}), and everything else it reads, compared with {@code equals} (theme links,
 * the compiled templates, a footer, what an edition's page shows of its ward).
 */
public record Inputs(Object source, Object others) {

    /** A result made from {@code ward} and {@code others}. */
    public static Inputs of(Ward ward, Object... others) {
        return new Inputs(ward, java.util.Arrays.asList(others));
    }

    /**
     * A result made from one edition and {@code others} (which name what it shows of its ward): an edit to another
     * edition of the same ward leaves it as it is.
     */
    public static Inputs of(Edition edition, Object... others) {
        return new Inputs(edition, java.util.Arrays.asList(others));
    }

    /** These inputs and {@code more} besides (what a page adds: the templates, its footer). */
    public Inputs and(Object... more) {
        return new Inputs(source, java.util.Arrays.asList(others, java.util.Arrays.asList(more)));
    }

    /** Whether a result made from {@code earlier} may stand for one made from these inputs. */
    boolean same(Inputs earlier) {
        return earlier.source == source && Objects.equals(earlier.others, others);
    }
}
