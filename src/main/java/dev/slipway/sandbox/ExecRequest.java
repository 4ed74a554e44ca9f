package dev.slipway.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A shell command to run in a sandbox's workspace.
 *
 * @param command the script, run with {@code sh -c}
 * @param timeout the command is killed, with all its children, when this elapses
 * @param outputCap the bytes of output kept; the rest is counted and dropped
 * @param stdin text fed to the command's standard input, empty for none
 */
public record ExecRequest(String command, Duration timeout, long outputCap, Optional<String> stdin) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final long DEFAULT_OUTPUT_CAP = 1024 * 1024;

    public ExecRequest {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(stdin, "stdin");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (outputCap < 0) {
            throw new IllegalArgumentException("outputCap must not be negative: " + outputCap);
        }
    }

    /** A command with the default timeout and output cap and no input. */
    public static ExecRequest of(String command) {
        return new ExecRequest(command, DEFAULT_TIMEOUT, DEFAULT_OUTPUT_CAP, Optional.empty());
    }

    public ExecRequest withTimeout(Duration newTimeout) {
        return new ExecRequest(command, newTimeout, outputCap, stdin);
    }

    public ExecRequest withOutputCap(long newCap) {
        return new ExecRequest(command, timeout, newCap, stdin);
    }

    public ExecRequest withStdin(String input) {
        return new ExecRequest(command, timeout, outputCap, Optional.of(input));
    }
}
