package dev.slipway.check;

import java.util.Objects;

/**
 * The verdict of a check.
 *
 * @param message what was found; on failure, what was expected and what was found instead
 */
public record CheckResult(boolean passed, String message) {

    public CheckResult {
        Objects.requireNonNull(message, "message");
    }

    public static CheckResult pass(String message) {
        return new CheckResult(true, message);
    }

    public static CheckResult fail(String message) {
        return new CheckResult(false, message);
    }
}
