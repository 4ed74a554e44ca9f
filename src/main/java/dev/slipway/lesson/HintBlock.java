package dev.slipway.lesson;

import java.util.Objects;

/** A hint for an exercise, hidden until the learner asks for it; never run. */
public record HintBlock(Fence fence) implements Block {

    public HintBlock {
        Objects.requireNonNull(fence, "fence");
    }
}
