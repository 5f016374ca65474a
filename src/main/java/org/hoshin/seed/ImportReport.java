package org.hoshin.seed;

import java.util.List;

/**
 * What an import did, ward by ward, for the terminal.
 *
 * @param lines one human-readable line per ward
 * @param written how many files were written or deleted in all
 */
public record ImportReport(List<String> lines, int written) {
}
