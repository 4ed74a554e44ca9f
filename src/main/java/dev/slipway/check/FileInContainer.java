package dev.slipway.check;

import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.Sandbox;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code file /path in CONTAINER exists}, or {@code ... contains "text"}: read with
 * {@code docker exec}, so the container must be running.
 *
 * @param text what the file must contain; empty when it only has to exist
 */
public record FileInContainer(int line, String path, String container, Optional<String> text) implements Assertion {

    public FileInContainer {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public CheckResult verify(Sandbox sandbox) {
        String probe = text.isPresent() ? "cat " : "test -e ";
        ExecResult result = Probe.run(sandbox, "docker exec " + Probe.quote(container) + " " + probe + Probe.quote(path));
        String where = "container " + container + ": ";
        if (Probe.noSuchObject(result) && result.stderr().contains("container")) {
            return CheckResult.fail("container " + container + " does not exist");
        }
        if (result.stderr().contains("is not running")) {
            return CheckResult.fail(where + "cannot read " + path + " because the container is not running");
        }
        if (!result.succeeded()) {
            return CheckResult.fail(where + "expected " + path + (text.isPresent() ? " to contain \"" + text.get() + "\"" : " to exist")
                    + ", found no such file");
        }
        if (text.isEmpty() || result.stdout().contains(text.get())) {
            return CheckResult.pass(path + " in " + container + (text.isPresent() ? " contains \"" + text.get() + "\"" : " exists"));
        }
        return CheckResult.fail(where + "expected " + path + " to contain \"" + text.get() + "\", found "
                + Probe.excerpt(result.stdout()));
    }
}
