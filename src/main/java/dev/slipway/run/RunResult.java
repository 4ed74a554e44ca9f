package dev.slipway.run;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What running one block did.
 *
 * @param blockIndex the block's {@link dev.slipway.lesson.Block#index()}
 * @param output stdout and stderr merged in arrival order, as the learner saw them; a
 *     transcript's commands are echoed before their output as {@code $ command}
 * @param message what the learner can act on when it did not pass (the diff of a transcript,
 *     the output of a shell check, the first failed assertion); empty when passed
 * @param elapsed wall time of the whole block, verification included
 * @param notes plain-language notes on timeouts, cut output, binary output, a full disk
 */
public record RunResult(
        int blockIndex, Verdict verdict, String output, String message, Duration elapsed, List<String> notes) {

    public RunResult {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(elapsed, "elapsed");
        notes = List.copyOf(notes);
    }

    public boolean passed() {
        return verdict == Verdict.PASSED;
    }
}
