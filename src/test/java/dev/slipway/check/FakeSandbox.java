package dev.slipway.check;

import dev.slipway.sandbox.ExecRequest;
import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sandbox that answers every command with one canned result and records the commands. */
final class FakeSandbox implements Sandbox {

    private final ExecResult answer;
    final List<String> commands = new ArrayList<>();

    private FakeSandbox(ExecResult answer) {
        this.answer = answer;
    }

    static FakeSandbox answering(int exitCode, String stdout, String stderr) {
        return new FakeSandbox(new ExecResult(exitCode, stdout, stderr, false, 0, false, Duration.ofMillis(5)));
    }

    static FakeSandbox printing(String stdout) {
        return answering(0, stdout, "");
    }

    static FakeSandbox failing(String stderr) {
        return answering(1, "", stderr);
    }

    @Override
    public String id() {
        return "fake";
    }

    @Override
    public ExecResult exec(ExecRequest request, OutputSink sink) {
        commands.add(request.command());
        return answer;
    }

    @Override
    public void writeFile(String path, byte[] content) {
        throw new UnsupportedOperationException("assertions only run commands");
    }

    @Override
    public void ensureImages(List<String> images) {
        throw new UnsupportedOperationException("assertions only run commands");
    }

    @Override
    public void reset() {
        throw new UnsupportedOperationException("assertions only run commands");
    }

    @Override
    public boolean isAlive() {
        return true;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
