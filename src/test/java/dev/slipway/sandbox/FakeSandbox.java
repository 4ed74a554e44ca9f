package dev.slipway.sandbox;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Function;

/**
 * A sandbox without Docker: it answers each command with a canned result (by default one for
 * all, or the first rule whose text the command contains), streams that result's output to the
 * sink, and records commands, requests, written files and loaded images. One made by
 * {@link #named} has no answer and refuses to run commands, for tests where a scripted runner
 * answers for the sandbox and only its identity and whether it was closed matter.
 */
public final class FakeSandbox implements Sandbox {

    private final Map<String, Function<ExecRequest, ExecResult>> rules = new LinkedHashMap<>();
    private final String id;
    private final ExecResult answer;
    public final List<String> commands = new ArrayList<>();
    public final List<ExecRequest> requests = new ArrayList<>();
    public final Map<String, String> files = new LinkedHashMap<>();
    public final List<String> images = new ArrayList<>();
    public final List<List<String>> started = new ArrayList<>();
    public volatile boolean closed;

    private FakeSandbox(String id, ExecResult answer) {
        this.id = id;
        this.answer = answer;
    }

    public static ExecResult result(int exitCode, String stdout, String stderr) {
        return new ExecResult(exitCode, stdout, stderr, false, 0, false, Duration.ofMillis(5));
    }

    public static FakeSandbox answering(int exitCode, String stdout, String stderr) {
        return new FakeSandbox("fake", result(exitCode, stdout, stderr));
    }

    /** A sandbox called {@code id} that runs nothing: {@link #exec} fails unless a rule answers. */
    public static FakeSandbox named(String id) {
        return new FakeSandbox(id, null);
    }

    public static FakeSandbox printing(String stdout) {
        return answering(0, stdout, "");
    }

    public static FakeSandbox failing(String stderr) {
        return answering(1, "", stderr);
    }

    /** Answers commands containing {@code text} with {@code result}; earlier rules win. */
    public FakeSandbox on(String text, ExecResult result) {
        return on(text, request -> result);
    }

    /** Answers commands containing {@code text} with what {@code answer} makes of the request. */
    public FakeSandbox on(String text, Function<ExecRequest, ExecResult> answer) {
        rules.put(text, answer);
        return this;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public ExecResult exec(ExecRequest request, OutputSink sink) {
        commands.add(request.command());
        requests.add(request);
        ExecResult result = rules.entrySet().stream().filter(rule -> request.command().contains(rule.getKey()))
                .findFirst().map(rule -> rule.getValue().apply(request)).orElse(answer);
        if (result == null) {
            throw new UnsupportedOperationException("the fake sandbox " + id + " runs nothing; the scripted runner answers for it");
        }
        if (!result.stdout().isEmpty()) {
            sink.accept(OutputSink.OutputStream.STDOUT, result.stdout());
        }
        if (!result.stderr().isEmpty()) {
            sink.accept(OutputSink.OutputStream.STDERR, result.stderr());
        }
        return result;
    }

    @Override
    public void startDetached(List<String> command) {
        started.add(List.copyOf(command));
    }

    @Override
    public SocketChannel connect(String socketName) throws IOException {
        throw new IOException("the fake sandbox has no sockets: " + socketName);
    }

    @Override
    public void writeFile(String path, byte[] content) {
        files.put(path, new String(content, StandardCharsets.UTF_8));
    }

    @Override
    public void ensureImages(List<String> wanted) {
        images.addAll(wanted);
    }

    @Override
    public void reset() {
        files.clear();
    }

    @Override
    public Shell openShell(TerminalSize size, ShellListener listener) {
        throw new SandboxException("the fake sandbox has no shell");
    }

    @Override
    public SandboxState state() {
        return SandboxState.empty();
    }

    @Override
    public void stopContainer(String container) {
        throw new NotInSandboxException("the fake sandbox has no containers");
    }

    @Override
    public void removeContainer(String container) {
        throw new NotInSandboxException("the fake sandbox has no containers");
    }

    @Override
    public String containerLogs(String container, int lines) {
        throw new NotInSandboxException("the fake sandbox has no containers");
    }

    @Override
    public Optional<String> address() {
        return Optional.empty();
    }

    @Override
    public boolean isAlive() {
        return !closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
