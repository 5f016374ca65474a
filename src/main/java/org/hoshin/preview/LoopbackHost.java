package org.hoshin.preview;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an HTTP {@code Host} header names this machine. The preview server answers only such requests,
 * so a web page on another site cannot read the preview through DNS rebinding (a name of theirs that resolves to
 * 127.0.0.1 still arrives with their name in {@code Host}).
 */
final class LoopbackHost {

    private static final Set<String> NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private LoopbackHost() {
    }

    /** True for {@code localhost}, {@code 127.0.0.1} and {@code [::1]}, each with or without a port. */
    static boolean accepts(String host) {
        if (host == null) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf(']')) {
            String port = name.substring(colon + 1);
            if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            name = name.substring(0, colon);
        }
        return NAMES.contains(name);
    }
}
