package dev.slipway.run;

/** How running one block ended. */
public enum Verdict {
    /** It ran and did what the lesson expects. */
    PASSED,
    /** It ran and did not: wrong output, wrong exit code, a check that did not pass. */
    FAILED,
    /** It could not run: a bad block, a broken sandbox, an unreadable check line. */
    ERROR,
    /** It was stopped at its time limit. */
    TIMED_OUT,
    /** It was not run: hints, terminal blocks without {@code stdin=}. */
    SKIPPED;

    /** True for the verdicts that count as a failure: failed, error and timed out. */
    public boolean isFailure() {
        return this == FAILED || this == ERROR || this == TIMED_OUT;
    }
}
