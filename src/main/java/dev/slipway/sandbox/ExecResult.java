package dev.slipway.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a command did.
 *
 * @param exitCode the command's exit code; meaningless when {@code timedOut}
 * @param stdout the standard output kept (at most the request's cap, shared with stderr)
 * @param stderr the standard error kept
 * @param timedOut true when the command was killed at its timeout
 * @param droppedBytes output bytes beyond the cap, counted and not kept
 * @param undecodable true when the output held bytes that are not UTF-8 text (shown as U+FFFD)
 * @param elapsed wall time from start to end
 */
public record ExecResult(
        int exitCode,
        String stdout,
        String stderr,
        boolean timedOut,
        long droppedBytes,
        boolean undecodable,
        Duration elapsed) {

    public boolean succeeded() {
        return !timedOut && exitCode == 0;
    }

    public boolean truncated() {
        return droppedBytes > 0;
    }

    /**
     * Plain-language notes on what went wrong around the command, for the learner: a timeout,
     * cut output, binary output, a full sandbox disk. Empty when there is nothing to say.
     */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (timedOut) {
            notes.add("the command was stopped after " + describe(elapsed) + " (its time limit), with everything it started;"
                    + " the sandbox is still usable. Run long-lived programs in the background (docker run -d).");
        }
        if (truncated()) {
            notes.add("the output was cut: " + droppedBytes + " more bytes were dropped. Redirect large output to a file"
                    + " (command > out.txt) and look at part of it (head out.txt).");
        }
        if (undecodable) {
            notes.add("the output held binary or non-UTF-8 bytes, shown as \uFFFD. Pipe binary data through"
                    + " od -c or base64 to look at it.");
        }
        if ((stdout + stderr).toLowerCase(Locale.ROOT).contains("no space left on device")) {
            notes.add("the sandbox's disk is full. Remove images, containers and volumes you no longer need"
                    + " (docker system prune -af --volumes), or reset the sandbox.");
        }
        return notes;
    }

    private static String describe(Duration duration) {
        return duration.toMillis() < 10_000
                ? String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0)
                : duration.toSeconds() + " s";
    }
}
