package dev.slipway.lesson;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A shell session to replay: each command runs in turn and its output must match. */
public record TranscriptBlock(Fence fence, List<Command> commands, Optional<Duration> timeout) implements Block {

    public TranscriptBlock {
        Objects.requireNonNull(fence, "fence");
        commands = List.copyOf(commands);
        Objects.requireNonNull(timeout, "timeout");
    }
}
