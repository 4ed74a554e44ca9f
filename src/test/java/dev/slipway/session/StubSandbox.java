package dev.slipway.session;

import dev.slipway.sandbox.ExecRequest;
import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.NotInSandboxException;
import dev.slipway.sandbox.Sandbox;
import dev.slipway.sandbox.SandboxException;
import dev.slipway.sandbox.SandboxState;
import dev.slipway.sandbox.Shell;
import dev.slipway.sandbox.ShellListener;
import dev.slipway.sandbox.TerminalSize;
import java.util.List;
import java.util.Optional;

/** A sandbox that runs nothing; it only knows whether it was closed. */
public final class StubSandbox implements Sandbox {

    private final String id;
    private volatile boolean closed;

    public StubSandbox(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public ExecResult exec(ExecRequest request, OutputSink sink) {
        throw new UnsupportedOperationException("the stub sandbox runs nothing; the scripted runner answers for it");
    }

    @Override
    public void writeFile(String path, byte[] content) {
        throw new UnsupportedOperationException("the stub sandbox holds no files");
    }

    @Override
    public void ensureImages(List<String> images) {
    }

    @Override
    public void reset() {
    }

    @Override
    public Shell openShell(TerminalSize size, ShellListener listener) {
        throw new SandboxException("the stub sandbox has no shell");
    }

    @Override
    public SandboxState state() {
        return SandboxState.empty();
    }

    @Override
    public void stopContainer(String container) {
        throw new NotInSandboxException("the stub sandbox has no containers");
    }

    @Override
    public void removeContainer(String container) {
        throw new NotInSandboxException("the stub sandbox has no containers");
    }

    @Override
    public String containerLogs(String container, int lines) {
        throw new NotInSandboxException("the stub sandbox has no containers");
    }

    @Override
    public Optional<String> address() {
        return Optional.empty();
    }

    @Override
    public boolean isAlive() {
        return !closed;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public void startDetached(List<String> command) {
        throw new UnsupportedOperationException("the stub sandbox starts no processes");
    }

    @Override
    public java.nio.channels.SocketChannel connect(String socketName) throws java.io.IOException {
        throw new java.io.IOException("the stub sandbox has no sockets: " + socketName);
    }
}
