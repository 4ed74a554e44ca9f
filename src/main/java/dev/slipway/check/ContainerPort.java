package dev.slipway.check;

import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.Sandbox;
import java.util.List;
import java.util.Objects;

/**
 * {@code container NAME port 80/tcp -> 8080}: the container publishes the port on that host
 * port, on any address.
 *
 * @param containerPort the port with its protocol, such as {@code 80/tcp}
 */
public record ContainerPort(int line, String name, String containerPort, int hostPort) implements Assertion {

    public ContainerPort {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(containerPort, "containerPort");
    }

    @Override
    public CheckResult verify(Sandbox sandbox) {
        ExecResult result = Probe.run(sandbox, "docker port " + Probe.quote(name) + " " + Probe.quote(containerPort));
        if (Probe.noSuchObject(result) && result.stderr().contains("container")) {
            return CheckResult.fail("container " + name + " does not exist");
        }
        List<String> bindings = result.succeeded() ? result.stdout().lines().map(String::strip)
                .filter(l -> !l.isEmpty()).toList() : List.of();
        String expectation = "container " + name + ": expected port " + containerPort + " published on " + hostPort;
        if (bindings.isEmpty()) {
            return CheckResult.fail(expectation + ", found it not published");
        }
        if (bindings.stream().anyMatch(b -> b.endsWith(":" + hostPort))) {
            return CheckResult.pass("container " + name + " publishes " + containerPort + " on " + hostPort);
        }
        return CheckResult.fail(expectation + ", found " + String.join(", ", bindings));
    }
}
