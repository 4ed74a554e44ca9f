package dev.slipway.sandbox;

import java.util.Optional;
import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.List;

/**
 * One learner's Docker-in-Docker sandbox: a container with its own inner engine and a
 * workspace folder in which every command runs. The only way lessons, checks and the web
 * layer touch Docker.
 */
public interface Sandbox extends AutoCloseable {

    /** Short, stable identifier, used in labels, logs and messages. */
    String id();

    /**
     * Runs {@code request.command()} with {@code sh -c} in the workspace, passing stdout and
     * stderr to {@code sink} as they arrive. Blocks until the command ends, is killed at its
     * timeout, or the sandbox dies.
     *
     * @throws SandboxException when the sandbox is gone or the engine fails; never for a
     *     command that merely exits non-zero
     */
    ExecResult exec(ExecRequest request, OutputSink sink);

    /**
     * Starts a long-lived process in the sandbox and returns at once. Unlike {@link #exec}, the
     * process is not tied to a command: it runs until it ends by itself or the sandbox goes.
     *
     * @param command the program and its arguments, run in the workspace
     */
    void startDetached(List<String> command);

    /**
     * Connects to a unix socket that a process in the sandbox listens on, in the folder that
     * Slipway shares with the sandbox ({@code /run/slipway/NAME} inside).
     *
     * @throws IOException when nothing listens there (yet)
     */
    SocketChannel connect(String socketName) throws IOException;

    /** Writes {@code content} to {@code path}, relative to the workspace; folders are made. */
    void writeFile(String path, byte[] content);

    /** Loads images from the host engine into the inner engine, skipping those it has. */
    void ensureImages(List<String> images);

    /** Removes the containers, volumes, networks, images and files the learner made. */
    void reset();

    /**
     * Opens a login shell ({@code bash}) in the workspace on a pseudo-terminal of {@code size}.
     *
     * @throws SandboxException when the sandbox is gone or the engine fails
     */
    Shell openShell(TerminalSize size, ShellListener listener);

    /** The containers, images and volumes in the sandbox now. */
    SandboxState state();

    /**
     * Stops a container of the sandbox (its name or id), waiting a few seconds before killing it.
     *
     * @throws NotInSandboxException when the sandbox has no such container
     */
    void stopContainer(String container);

    /**
     * Removes a container of the sandbox, stopping it first when it runs.
     *
     * @throws NotInSandboxException when the sandbox has no such container
     */
    void removeContainer(String container);

    /**
     * The last lines a container printed, stdout and stderr together, as {@code docker logs --tail}.
     *
     * @throws NotInSandboxException when the sandbox has no such container
     */
    String containerLogs(String container, int lines);

    /**
     * The sandbox's IP address on the sandboxes' network, where the ports its containers publish
     * can be reached from this machine; empty when it has none (it stopped).
     */
    Optional<String> address();

    /** True while the sandbox container runs and its inner engine answers. */
    boolean isAlive();

    /** Destroys the sandbox and everything in it. */
    @Override
    void close();
}
