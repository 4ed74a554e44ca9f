package dev.slipway.check;

import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.Sandbox;
import java.util.Objects;

/** {@code http URL status 200}: fetched from inside the sandbox, redirects not followed. */
public record HttpStatus(int line, String url, int status) implements Assertion {

    public HttpStatus {
        Objects.requireNonNull(url, "url");
    }

    @Override
    public CheckResult verify(Sandbox sandbox) {
        ExecResult result = Probe.run(sandbox,
                "curl -sS --max-time 10 -o /dev/null -w '%{http_code}' " + Probe.quote(url));
        String found = result.stdout().strip();
        if (!result.succeeded() || found.isEmpty() || found.equals("000")) {
            return CheckResult.fail(url + ": expected status " + status + ", found no answer (" + Probe.error(result) + ")");
        }
        return found.equals(String.valueOf(status)) ? CheckResult.pass(url + " answers " + status)
                : CheckResult.fail(url + ": expected status " + status + ", found " + found);
    }
}
