package dev.slipway.check;

import dev.slipway.sandbox.ExecRequest;
import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import java.time.Duration;

/** Runs the small docker CLI and curl commands assertions use to look at a sandbox. */
final class Probe {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int SHOWN = 60;

    private Probe() {
    }

    static ExecResult run(Sandbox sandbox, String command) {
        return sandbox.exec(ExecRequest.of(command).withTimeout(TIMEOUT), OutputSink.NONE);
    }

    /** Quotes a word for {@code sh}, so names and paths are never read as shell syntax. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** True when docker said the named container, image or volume does not exist. */
    static boolean noSuchObject(ExecResult result) {
        return !result.succeeded() && (result.stderr() + result.stdout()).contains("No such");
    }

    /** The first line docker or curl wrote to stderr, or the exit code when it wrote none. */
    static String error(ExecResult result) {
        if (result.timedOut()) {
            return "no answer within " + TIMEOUT.toSeconds() + "s";
        }
        return result.stderr().lines().filter(l -> !l.isBlank()).findFirst().map(String::strip)
                .orElse("exit code " + result.exitCode());
    }

    /** Text cut to one short line, for showing what was found. */
    static String excerpt(String text) {
        String oneLine = text.strip().replace("\n", " \u23CE ");
        return oneLine.length() <= SHOWN ? "\"" + oneLine + "\"" : "\"" + oneLine.substring(0, SHOWN) + "...\"";
    }
}
