package dev.slipway.lesson;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Commands for the learner to type in the browser terminal ({@code ```sh terminal}), usually
 * interactive ones. Headless checking runs them only when {@code stdin} is given.
 *
 * @param commands the commands, without {@code $ } prompts, continuation lines joined
 * @param stdin what to type into them in headless checking, empty for none
 */
public record TerminalBlock(Fence fence, List<String> commands, Optional<String> stdin, Optional<Duration> timeout)
        implements Block {

    public TerminalBlock {
        Objects.requireNonNull(fence, "fence");
        commands = List.copyOf(commands);
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(timeout, "timeout");
    }
}
