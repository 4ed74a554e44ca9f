package dev.slipway.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Frame;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A shell started with {@code docker exec -it} on the sandbox container. Its output is passed on
 * frame by frame (copied, since docker-java reuses frame buffers); closing it kills it with
 * everything it started, since closing an exec's stdin never reaches the process.
 */
final class DockerShell extends ResultCallback.Adapter<Frame> implements Shell {

    private final DockerClient host;
    private final ShellListener listener;
    private final ShellInput input = new ShellInput();
    private final Runnable killer;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private String execId = "";

    /** @param killer stops the shell's processes inside the sandbox */
    DockerShell(DockerClient host, ShellListener listener, Runnable killer) {
        this.host = host;
        this.listener = listener;
        this.killer = killer;
    }

    /** Starts the exec made for this shell, feeding it the learner's keystrokes. */
    DockerShell start(String newExecId) {
        execId = newExecId;
        host.execStartCmd(execId).withTty(true).withStdIn(input).exec(this);
        return this;
    }

    @Override
    public void onNext(Frame frame) {
        listener.output(frame.getPayload().clone());
    }

    @Override
    public void onError(Throwable throwable) {
        end();
    }

    @Override
    public void onComplete() {
        end();
    }

    private void end() {
        input.close();
        if (ended.compareAndSet(false, true)) {
            listener.ended();
        }
    }

    @Override
    public void write(byte[] bytes) {
        if (!ended.get()) {
            input.write(bytes);
        }
    }

    @Override
    public void resize(TerminalSize size) {
        if (ended.get()) {
            return;
        }
        try {
            host.resizeExecCmd(execId).withSize(size.rows(), size.columns()).exec();
        } catch (DockerException e) {
            // the shell ended meanwhile; its end is reported through the listener
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        input.close();
        killer.run();
        try {
            super.close();
        } catch (java.io.IOException e) {
            // the stream is released either way
        }
        end();
    }
}
