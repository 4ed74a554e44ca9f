package dev.slipway.check;

import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.Sandbox;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * {@code container NAME running|stopped|exited [CODE]}. Stopped means any state but running,
 * paused and restarting; exited with a code also requires that exit code.
 */
public record ContainerState(int line, String name, State expected, OptionalInt exitCode) implements Assertion {

    /** The state a check asks for. */
    public enum State { RUNNING, STOPPED, EXITED }

    public ContainerState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(exitCode, "exitCode");
    }

    @Override
    public CheckResult verify(Sandbox sandbox) {
        ExecResult result = Probe.run(sandbox,
                "docker container inspect -f '{{.State.Status}} {{.State.ExitCode}}' " + Probe.quote(name));
        if (Probe.noSuchObject(result)) {
            return CheckResult.fail("container " + name + " does not exist");
        }
        if (!result.succeeded()) {
            return CheckResult.fail("container " + name + ": could not inspect it (" + Probe.error(result) + ")");
        }
        String[] found = result.stdout().strip().split(" ");
        String status = found[0];
        String code = found.length > 1 ? found[1] : "?";
        String description = status.equals("exited") ? "exited (code " + code + ")" : status;
        boolean passed = switch (expected) {
            case RUNNING -> status.equals("running");
            case STOPPED -> !status.equals("running") && !status.equals("paused") && !status.equals("restarting");
            case EXITED -> status.equals("exited")
                    && (exitCode.isEmpty() || code.equals(String.valueOf(exitCode.getAsInt())));
        };
        return passed ? CheckResult.pass("container " + name + " is " + description)
                : CheckResult.fail("container " + name + ": expected " + expectation() + ", found " + description);
    }

    private String expectation() {
        String state = expected.name().toLowerCase(Locale.ROOT);
        return exitCode.isPresent() ? state + " (code " + exitCode.getAsInt() + ")" : state;
    }
}
