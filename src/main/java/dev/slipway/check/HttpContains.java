package dev.slipway.check;

import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.Sandbox;
import java.util.Objects;

/** {@code http URL contains "text"}: the body, fetched from inside the sandbox, holds the text. */
public record HttpContains(int line, String url, String text) implements Assertion {

    public HttpContains {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(text, "text");
    }

    @Override
    public CheckResult verify(Sandbox sandbox) {
        ExecResult result = Probe.run(sandbox, "curl -sS -L --max-time 10 " + Probe.quote(url));
        String expectation = url + ": expected the page to contain \"" + text + "\"";
        if (!result.succeeded()) {
            return CheckResult.fail(expectation + ", found no answer (" + Probe.error(result) + ")");
        }
        return result.stdout().contains(text) ? CheckResult.pass(url + " contains \"" + text + "\"")
                : CheckResult.fail(expectation + ", found " + Probe.excerpt(result.stdout()));
    }
}
