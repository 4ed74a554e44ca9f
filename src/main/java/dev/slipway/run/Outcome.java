package dev.slipway.run;

import java.time.Duration;

/**
 * A block's result with the time the lesson's own commands took in it; the rest of its
 * elapsed time is overhead (verification, file copies, the exec machinery).
 */
record Outcome(RunResult result, Duration commandTime) {
}
