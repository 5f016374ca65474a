package org.hoshin.data;

/**
 * Keeps spreadsheet programs from running a CSV cell as a formula (CSV injection, CWE-1236). Excel, LibreOffice
 * and Google Sheets treat a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula, and a
 * leading tab or carriage return can hide such a character; an editor's title or text could therefore run
 * {@code =HYPERLINK(…)} or worse on a data user's machine. As OWASP recommends, such a cell is prefixed with a single
 * quote, which spreadsheets read as "text" and do not show. Only the CSV needs this: the JSON keeps the text as is.
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The cell as written to the CSV: unchanged unless its first character could start a formula. */
    static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
