package dev.slipway.sandbox;

/**
 * The size of a terminal in character cells.
 *
 * @param columns from 1 to 1000
 * @param rows from 1 to 1000
 */
public record TerminalSize(int columns, int rows) {

    private static final int MAX = 1000;

    public TerminalSize {
        if (columns < 1 || columns > MAX || rows < 1 || rows > MAX) {
            throw new IllegalArgumentException("a terminal has 1 to " + MAX + " columns and rows, not " + columns + "x" + rows);
        }
    }
}
