package dev.slipway.check;

import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.Sandbox;
import java.util.Objects;

/** {@code volume NAME exists}. */
public record VolumeExists(int line, String name) implements Assertion {

    public VolumeExists {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public CheckResult verify(Sandbox sandbox) {
        ExecResult result = Probe.run(sandbox, "docker volume inspect -f '{{.Name}}' " + Probe.quote(name));
        if (result.succeeded()) {
            return CheckResult.pass("volume " + name + " exists");
        }
        return Probe.noSuchObject(result) ? CheckResult.fail("volume " + name + " does not exist")
                : CheckResult.fail("volume " + name + ": could not inspect it (" + Probe.error(result) + ")");
    }
}
