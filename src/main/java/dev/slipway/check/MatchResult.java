package dev.slipway.check;

import java.util.Objects;

/**
 * How a command's output and exit code compared with its transcript.
 *
 * @param outputMatched whether every expected line matched
 * @param diff when the output did not match, expected against actual: a line starting
 *     {@code -} was expected and not printed, {@code +} was printed and not expected, a space
 *     matched; empty when the output matched
 * @param expectedExit the exit code the transcript asks for
 * @param actualExit the exit code the command ended with
 */
public record MatchResult(boolean outputMatched, String diff, int expectedExit, int actualExit) {

    public MatchResult {
        Objects.requireNonNull(diff, "diff");
    }

    public boolean passed() {
        return outputMatched && exitMatched();
    }

    public boolean exitMatched() {
        return expectedExit == actualExit;
    }

    /** What to show the learner: the diff and the exit code mismatch; empty when passed. */
    public String message() {
        StringBuilder message = new StringBuilder();
        if (!outputMatched) {
            message.append("output does not match the transcript:\n").append(diff);
        }
        if (!exitMatched()) {
            message.append("exit code: expected ").append(expectedExit).append(", got ").append(actualExit).append('\n');
        }
        return message.toString();
    }
}
