package dev.slipway.web;

import dev.slipway.run.RunResult;
import java.util.List;

/**
 * The {@code result} event of a run.
 *
 * @param verdict PASSED, FAILED, ERROR, TIMED_OUT or SKIPPED
 * @param message what to act on when it did not pass (a diff, a check's reason); empty when passed
 * @param exercise the exercise whose checks ran, empty for a block run
 * @param solved true when the exercise's checks all passed
 */
record RunOutcome(int block, String verdict, String message, long elapsedMillis, List<String> notes, String exercise,
        boolean solved) {

    static RunOutcome ofBlock(RunResult result) {
        return new RunOutcome(result.blockIndex(), result.verdict().name(), result.message(), result.elapsed().toMillis(),
                result.notes(), "", false);
    }

    static RunOutcome ofCheck(String exercise, RunResult result) {
        return new RunOutcome(result.blockIndex(), result.verdict().name(), result.message(), result.elapsed().toMillis(),
                result.notes(), exercise, result.passed());
    }
}
