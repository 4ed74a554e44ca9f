package dev.slipway.notebook;

import java.time.Duration;
import java.util.Objects;

/**
 * Java code to run in a notebook session: statements, expressions, declarations and imports,
 * as in JShell.
 *
 * @param timeout the cell is stopped when it runs longer
 */
public record Cell(String code, Duration timeout) {

    public Cell {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }
}
