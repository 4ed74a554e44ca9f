package dev.slipway.lesson;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An exercise's check: a shell script that passes on exit 0 ({@code ```sh check}) or a list of
 * declarative assertions, one a line ({@code ```check}).
 *
 * @param title what the check verifies, shown to the learner; empty if none
 */
public record CheckBlock(Fence fence, Body body, Optional<String> title, Optional<Duration> timeout) implements Block {

    public CheckBlock {
        Objects.requireNonNull(fence, "fence");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** What the check runs. */
    public sealed interface Body permits Shell, Declarative {
    }

    /** A script that passes on exit 0; what it prints is shown to the learner on failure. */
    public record Shell(String script) implements Body {

        public Shell {
            Objects.requireNonNull(script, "script");
        }
    }

    /** Assertion lines, without blank lines and {@code #} comments. */
    public record Declarative(List<CheckLine> assertions) implements Body {

        public Declarative {
            assertions = List.copyOf(assertions);
        }
    }
}
