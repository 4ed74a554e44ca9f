package dev.slipway.session;

import dev.slipway.sandbox.ExecRequest;
import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import java.util.List;

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
}
