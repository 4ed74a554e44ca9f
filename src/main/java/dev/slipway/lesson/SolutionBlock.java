package dev.slipway.lesson;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An exercise's solution: hidden until asked for, and what headless checking runs for the
 * learner. A shell script unless the fence's language is {@code java}.
 */
public record SolutionBlock(Fence fence, String code, Optional<Duration> timeout) implements Block {

    public SolutionBlock {
        Objects.requireNonNull(fence, "fence");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(timeout, "timeout");
    }

    public boolean isJava() {
        return info().language().equals("java");
    }
}
