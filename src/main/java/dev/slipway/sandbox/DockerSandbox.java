package dev.slipway.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.slipway.engine.Folders;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sandbox container on the host engine. Commands and file writes go to the agent inside the
 * sandbox (slipway-agent), with a {@code docker exec} of slipway-exec as the fallback; images,
 * reset, state and health go to the inner engine directly. Both listen on unix sockets in the
 * sandbox's state folder, which only Slipway (root) can open.
 */
final class DockerSandbox implements Sandbox {

    static final String WORKSPACE = "/workspace";
    /**
     * Starts the learner's shell in a cgroup of its own, as slipway-exec does for commands, so
     * slipway-kill can stop it with all it started; sizes its terminal before bash starts.
     */
    private static final String SHELL_SCRIPT = "mkdir -p /run/slipway-exec; for c in pids freezer; do"
            + " g=/sys/fs/cgroup/$c/slipway-commands/$1; mkdir -p \"$g\" 2>/dev/null && echo $$ > \"$g/cgroup.procs\" 2>/dev/null;"
            + " done; echo $$ > /run/slipway-exec/$1; stty cols $2 rows $3 2>/dev/null; exec bash -l";
    private static final int LOG_CAP = 256 * 1024;
    private static final Duration KILL_GRACE = Duration.ofSeconds(5);

    private final String id;
    private final String containerId;
    private final DockerClient host;
    private final DockerClient inner;
    private final Path stateDir;
    private final SandboxLimits limits;
    private final Set<String> baseImages = new LinkedHashSet<>();
    private final AtomicLong execCounter = new AtomicLong();
    private final ScheduledExecutorService timers;
    /** The IP on the sandboxes' network; it stays while the container runs. */
    private volatile Optional<String> address = Optional.empty();

    DockerSandbox(String id, String containerId, DockerClient host, DockerClient inner, Path stateDir, SandboxLimits limits,
            ScheduledExecutorService timers) {
        this.id = id;
        this.timers = timers;
        this.containerId = containerId;
        this.host = host;
        this.inner = inner;
        this.stateDir = stateDir;
        this.limits = limits;
    }

    @Override
    public String id() {
        return id;
    }

    String containerId() {
        return containerId;
    }

    SandboxLimits limits() {
        return limits;
    }

    @Override
    public ExecResult exec(ExecRequest request, OutputSink sink) {
        String token = Long.toString(execCounter.incrementAndGet());
        var collector = new ExecCollector(sink, request.outputCap());
        long start = System.nanoTime();
        Optional<AgentConnection> agent = AgentConnection.open(agentSocket());
        byte[] input = request.stdin().orElse("").getBytes(StandardCharsets.UTF_8);
        Outcome outcome = agent.isPresent()
                ? viaAgent(agent.get(), token, request.command(), input, request.timeout(), collector)
                : viaDockerExec(token, request, collector);
        collector.finish();
        if (outcome.exitCode() >= 128 && !outcome.timedOut() && !(isAlive() && containerRunning())) {
            // A command killed by a signal may have gone down with its whole sandbox.
            throw gone("stopped while the command ran");
        }
        return new ExecResult(outcome.exitCode(), collector.stdout(), collector.stderr(), outcome.timedOut(),
                collector.droppedBytes(), collector.undecodable(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** How a command ended. */
    private record Outcome(int exitCode, boolean timedOut) {
    }

    private Path agentSocket() {
        return stateDir.resolve("agent.sock");
    }

    /** The fast path: the sandbox's own agent runs the command; a timer stops it at its deadline. */
    private Outcome viaAgent(AgentConnection agent, String token, String script, byte[] input, Duration timeout,
            ExecCollector collector) {
        var timedOut = new AtomicBoolean();
        ScheduledFuture<?> stop = timers.schedule(() -> {
            timedOut.set(true);
            AgentConnection.kill(agentSocket(), token);
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        ScheduledFuture<?> cut = timers.schedule(agent::close, timeout.plus(KILL_GRACE).toMillis(), TimeUnit.MILLISECONDS);
        try (agent) {
            agent.start(token, script, input);
            return new Outcome(agent.relay(collector), timedOut.get());
        } catch (IOException e) {
            if (timedOut.get()) {
                return new Outcome(137, true);
            }
            throw gone("lost its command runner while the command ran");
        } finally {
            stop.cancel(false);
            cut.cancel(false);
        }
    }

    /** The slow path, when the agent does not answer: a docker exec of the slipway-exec wrapper. */
    private Outcome viaDockerExec(String token, ExecRequest request, ExecCollector collector) {
        String input = request.stdin().isPresent() ? "/run/slipway-exec/stdin-" + token : "/dev/null";
        request.stdin().ifPresent(text -> putFile(input, text.getBytes(StandardCharsets.UTF_8)));
        String execId = guard("start a command", () -> host.execCreateCmd(containerId)
                .withCmd("slipway-exec", token, input, request.command())
                .withWorkingDir(WORKSPACE)
                .withAttachStdout(true)
                .withAttachStderr(true)
                .exec().getId());
        boolean timedOut = !await(host.execStartCmd(execId).exec(collector), request.timeout());
        if (timedOut) {
            killCommand(token);
            await(collector, KILL_GRACE);
        }
        closeQuietly(collector);
        int exitCode = exitCode(execId, timedOut);
        if (request.stdin().isPresent()) {
            runQuietly("rm", "-f", input);
        }
        return new Outcome(exitCode, timedOut);
    }

    private int exitCode(String execId, boolean timedOut) {
        InspectExecResponse exec = guard("read the command's exit code", () -> host.inspectExecCmd(execId).exec());
        if (exec.getExitCodeLong() != null && !Boolean.TRUE.equals(exec.isRunning())) {
            return exec.getExitCodeLong().intValue();
        }
        if (!containerRunning()) {
            throw gone("stopped while the command ran");
        }
        if (timedOut) {
            return 137;
        }
        throw new SandboxException("sandbox " + id + ": the command's stream ended but the command did not;"
                + " reset the sandbox and run the block again");
    }

    private void killCommand(String token) {
        runQuietly("slipway-kill", token);
    }

    /** Runs a housekeeping command, waiting at most a few seconds and ignoring its result. */
    private void runQuietly(String... command) {
        try {
            String execId = host.execCreateCmd(containerId).withCmd(command)
                    .withAttachStdout(true).withAttachStderr(true).exec().getId();
            var callback = host.execStartCmd(execId).exec(new ExecCollector(OutputSink.NONE, 0));
            await(callback, KILL_GRACE);
            closeQuietly(callback);
        } catch (DockerException e) {
            // the sandbox may be gone; the caller finds out from the exit code
        }
    }

    @Override
    public Shell openShell(TerminalSize size, ShellListener listener) {
        String token = "shell-" + execCounter.incrementAndGet();
        String execId = guard("start a shell", () -> host.execCreateCmd(containerId)
                .withCmd("sh", "-c", SHELL_SCRIPT, "slipway-shell", token, Integer.toString(size.columns()),
                        Integer.toString(size.rows()))
                .withWorkingDir(WORKSPACE)
                .withEnv(List.of("TERM=xterm-256color", "LANG=C.UTF-8"))
                .withTty(true)
                .withAttachStdin(true)
                .withAttachStdout(true)
                .withAttachStderr(true)
                .exec().getId());
        var shell = new DockerShell(host, listener, () -> runQuietly("sh", "-c",
                "slipway-kill " + token + "; rm -f /run/slipway-exec/" + token));
        return guard("start a shell", () -> shell.start(execId));
    }

    @Override
    public SandboxState state() {
        return guard("list its containers, images and volumes", () -> SandboxStates.read(inner));
    }

    @Override
    public void stopContainer(String container) {
        onContainer(container, () -> inner.stopContainerCmd(container).withTimeout(3).exec());
    }

    @Override
    public void removeContainer(String container) {
        onContainer(container, () -> inner.removeContainerCmd(container).withForce(true).exec());
    }

    @Override
    public String containerLogs(String container, int lines) {
        StringBuilder logs = new StringBuilder();
        onContainer(container, () -> logs.append(ContainerLogs.tail(inner, container, lines, LOG_CAP, KILL_GRACE)));
        return logs.toString();
    }

    private void onContainer(String container, Runnable call) {
        try {
            call.run();
        } catch (NotFoundException e) {
            throw new NotInSandboxException("your sandbox has no container '" + container + "'; it may have been removed");
        } catch (com.github.dockerjava.api.exception.NotModifiedException e) {
            // already stopped
        } catch (DockerException e) {
            throw new SandboxException("sandbox " + id + " could not reach container '" + container + "': " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<String> address() {
        if (address.isEmpty()) {
            try {
                var networks = host.inspectContainerCmd(containerId).exec().getNetworkSettings().getNetworks();
                address = Optional.ofNullable(networks.get(SandboxFactory.NETWORK))
                        .map(network -> network.getIpAddress())
                        .filter(ip -> !ip.isEmpty());
            } catch (DockerException e) {
                return Optional.empty();
            }
        }
        return address;
    }

    @Override
    public void startDetached(List<String> command) {
        guard("start " + command.get(0), () -> {
            String execId = host.execCreateCmd(containerId).withCmd(command.toArray(String[]::new))
                    .withWorkingDir(WORKSPACE).exec().getId();
            host.execStartCmd(execId).withDetach(true).exec(new ResultCallback.Adapter<>());
            return null;
        });
    }

    @Override
    public SocketChannel connect(String socketName) throws IOException {
        if (socketName.contains("/")) {
            throw new IllegalArgumentException("a socket name, not a path: " + socketName);
        }
        return SocketChannel.open(UnixDomainSocketAddress.of(stateDir.resolve(socketName)));
    }

    @Override
    public void writeFile(String path, byte[] content) {
        String target = WORKSPACE + "/" + WorkspacePath.require(path);
        Optional<AgentConnection> agent = AgentConnection.open(agentSocket());
        if (agent.isEmpty()) {
            putFile(target, content);
            return;
        }
        String quoted = "'" + target.replace("'", "'\\''") + "'";
        var collector = new ExecCollector(OutputSink.NONE, ExecRequest.DEFAULT_OUTPUT_CAP);
        String token = Long.toString(execCounter.incrementAndGet());
        Outcome outcome = viaAgent(agent.get(), token, "mkdir -p \"$(dirname " + quoted + ")\" && cat > " + quoted,
                content, limits.commandTimeout(), collector);
        collector.finish();
        if (outcome.exitCode() != 0) {
            throw new SandboxException("sandbox " + id + " could not write " + path + ": " + collector.stderr().strip());
        }
    }

    /** Writes {@code content} at the absolute {@code path} inside the sandbox, making folders. */
    private void putFile(String path, byte[] content) {
        byte[] tar = TarArchives.singleFile(path.substring(1), content);
        guard("write " + path, () -> {
            host.copyArchiveToContainerCmd(containerId)
                    .withTarInputStream(new ByteArrayInputStream(tar))
                    .withRemotePath("/")
                    .exec();
            return null;
        });
    }

    @Override
    public void ensureImages(List<String> images) {
        for (String image : images) {
            if (!innerHasImage(image)) {
                copyImageIn(image);
            }
            baseImages.add(image);
        }
    }

    private boolean innerHasImage(String image) {
        try {
            inner.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (DockerException | IllegalStateException e) {
            throw gone("did not answer while checking image " + image);
        }
    }

    private void copyImageIn(String image) {
        try (InputStream saved = host.saveImageCmd(image).exec()) {
            inner.loadImageCmd(saved).exec();
        } catch (NotFoundException e) {
            throw new SandboxException("image " + image + " is not on the host engine, so it cannot be loaded into sandbox "
                    + id + ". Make the lesson images with: bin/slipway images");
        } catch (IOException | DockerException e) {
            throw new SandboxException("loading image " + image + " into sandbox " + id + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void reset() {
        guard("reset", () -> {
            for (var container : inner.listContainersCmd().withShowAll(true).exec()) {
                inner.removeContainerCmd(container.getId()).withForce(true).withRemoveVolumes(true).exec();
            }
            for (var volume : Optional.ofNullable(inner.listVolumesCmd().exec().getVolumes()).orElse(List.of())) {
                inner.removeVolumeCmd(volume.getName()).exec();
            }
            for (var network : inner.listNetworksCmd().exec()) {
                if (!List.of("bridge", "host", "none").contains(network.getName())) {
                    inner.removeNetworkCmd(network.getId()).exec();
                }
            }
            removeImagesExceptBase();
            return null;
        });
        runQuietly("sh", "-c", "find " + WORKSPACE + " -mindepth 1 -delete; rm -rf /var/lib/docker/registry/docker /tmp/* /tmp/.[!.]*");
        ensureImages(List.copyOf(baseImages));
    }

    private void removeImagesExceptBase() {
        List<String> keep = new ArrayList<>();
        for (String image : baseImages) {
            try {
                keep.add(inner.inspectImageCmd(image).exec().getId());
            } catch (NotFoundException e) {
                // the learner removed it; ensureImages loads it again
            }
        }
        for (var image : inner.listImagesCmd().withShowAll(true).exec()) {
            if (!keep.contains(image.getId())) {
                removeImage(image.getId(), true);
                continue;
            }
            for (String tag : Optional.ofNullable(image.getRepoTags()).map(List::of).orElse(List.of())) {
                if (!baseImages.contains(tag)) {
                    removeImage(tag, false);
                }
            }
        }
    }

    /** Removes an image by id ({@code force}: with all its tags) or takes one tag off it. */
    private void removeImage(String reference, boolean force) {
        try {
            inner.removeImageCmd(reference).withForce(force).exec();
        } catch (NotFoundException e) {
            // removed with a parent image a moment ago
        }
    }

    @Override
    public boolean isAlive() {
        try {
            inner.pingCmd().exec();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean containerRunning() {
        try {
            InspectContainerResponse.ContainerState state = host.inspectContainerCmd(containerId).exec().getState();
            return Boolean.TRUE.equals(state.getRunning());
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            host.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException e) {
            // already gone
        } finally {
            closeQuietly(inner);
            Folders.deleteRecursively(stateDir);
        }
    }

    private SandboxException gone(String what) {
        String state = containerRunning() ? "still runs but its engine does not answer" : "no longer runs (removed or crashed)";
        return new SandboxException("sandbox " + id + " " + what + ": its container " + state
                + ". Slipway replaces it with a fresh sandbox; reset and run the blocks again. Your progress is kept.");
    }

    private <T> T guard(String action, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (NotFoundException e) {
            throw gone("could not " + action);
        } catch (DockerException e) {
            throw new SandboxException("sandbox " + id + " could not " + action + ": " + e.getMessage(), e);
        }
    }

    private static boolean await(ResultCallback.Adapter<?> callback, Duration timeout) {
        try {
            return callback.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // releasing a stream or client; nothing to report
        }
    }
}
