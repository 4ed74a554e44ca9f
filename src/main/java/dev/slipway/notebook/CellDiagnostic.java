package dev.slipway.notebook;

import java.util.Objects;

/**
 * A compile error in a cell.
 *
 * @param line 1-based line in the cell
 * @param column 1-based column in that line
 */
public record CellDiagnostic(int line, int column, String message) {

    public CellDiagnostic {
        Objects.requireNonNull(message, "message");
    }

    /** {@code line 2, column 7: ';' expected}. */
    public String format() {
        return "line " + line + ", column " + column + ": " + message;
    }
}
