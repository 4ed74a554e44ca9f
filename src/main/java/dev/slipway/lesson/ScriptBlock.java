package dev.slipway.lesson;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A script run as a whole ({@code ```sh run}); it passes when it exits with {@code expectExit}.
 *
 * @param stdin text fed to the script's standard input, empty for none
 */
public record ScriptBlock(Fence fence, String script, int expectExit, Optional<Duration> timeout, Optional<String> stdin)
        implements Block {

    public ScriptBlock {
        Objects.requireNonNull(fence, "fence");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(stdin, "stdin");
    }
}
