package dev.slipway.lesson;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A JShell cell ({@code ```java}); with {@code isCheck} it is an exercise's check
 * ({@code ```java check}) that passes when it completes without an exception.
 *
 * @param title what the check verifies, shown to the learner; empty if none
 */
public record JavaBlock(Fence fence, String code, boolean isCheck, Optional<String> title, Optional<Duration> timeout)
        implements Block {

    public JavaBlock {
        Objects.requireNonNull(fence, "fence");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(timeout, "timeout");
    }
}
