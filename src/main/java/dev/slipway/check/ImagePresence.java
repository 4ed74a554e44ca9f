package dev.slipway.check;

import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.Sandbox;
import java.util.Objects;

/** {@code image REF exists}, or with {@code missing} / {@code does not exist} its absence. */
public record ImagePresence(int line, String ref, boolean shouldExist) implements Assertion {

    public ImagePresence {
        Objects.requireNonNull(ref, "ref");
    }

    @Override
    public CheckResult verify(Sandbox sandbox) {
        ExecResult result = Probe.run(sandbox, "docker image inspect -f '{{.Id}}' " + Probe.quote(ref));
        if (!result.succeeded() && !Probe.noSuchObject(result)) {
            return CheckResult.fail("image " + ref + ": could not inspect it (" + Probe.error(result) + ")");
        }
        boolean exists = result.succeeded();
        if (exists == shouldExist) {
            return CheckResult.pass("image " + ref + (exists ? " exists" : " does not exist"));
        }
        return shouldExist ? CheckResult.fail("image " + ref + " does not exist")
                : CheckResult.fail("image " + ref + ": expected it to be missing, found " + result.stdout().strip());
    }
}
