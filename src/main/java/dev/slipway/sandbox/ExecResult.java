package dev.slipway.sandbox;

import java.time.Duration;

/**
 * What a command did.
 *
 * @param exitCode the command's exit code; meaningless when {@code timedOut}
 * @param stdout the standard output kept (at most the request's cap, shared with stderr)
 * @param stderr the standard error kept
 * @param timedOut true when the command was killed at its timeout
 * @param droppedBytes output bytes beyond the cap, counted and not kept
 * @param undecodable true when the output held bytes that are not UTF-8 text (shown as U+FFFD)
 * @param elapsed wall time from start to end
 */
public record ExecResult(
        int exitCode,
        String stdout,
        String stderr,
        boolean timedOut,
        long droppedBytes,
        boolean undecodable,
        Duration elapsed) {

    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }

    public boolean truncated() {
        return droppedBytes > 0;
    }
}
