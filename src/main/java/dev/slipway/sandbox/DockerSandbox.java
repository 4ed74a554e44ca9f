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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sandbox container on the host engine. Commands run through {@code docker exec} on the host
 * engine; images, reset and health go to the inner engine directly, over the unix socket that
 * the sandbox's engine creates in a folder only Slipway (root) can open.
 */
final class DockerSandbox implements Sandbox {

    static final String WORKSPACE = "/workspace";
    private static final Duration KILL_GRACE = Duration.ofSeconds(5);

    private final String id;
    private final String containerId;
    private final DockerClient host;
    private final DockerClient inner;
    private final Path stateDir;
    private final SandboxLimits limits;
    private final Set<String> baseImages = new LinkedHashSet<>();
    private final AtomicLong execCounter = new AtomicLong();

    DockerSandbox(String id, String containerId, DockerClient host, DockerClient inner, Path stateDir, SandboxLimits limits) {
        this.id = id;
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
        String input = request.stdin().isPresent() ? "/run/slipway-exec/stdin-" + token : "/dev/null";
        request.stdin().ifPresent(text -> putFile(input, text.getBytes(StandardCharsets.UTF_8)));
        long start = System.nanoTime();
        String execId = guard("start a command", () -> host.execCreateCmd(containerId)
                .withCmd("slipway-exec", token, input, request.command())
                .withWorkingDir(WORKSPACE)
                .withAttachStdout(true)
                .withAttachStderr(true)
                .exec().getId());
        var collector = new ExecCollector(sink, request.outputCap());
        boolean timedOut = !await(host.execStartCmd(execId).exec(collector), request.timeout());
        if (timedOut) {
            killCommand(token);
            await(collector, KILL_GRACE);
        }
        closeQuietly(collector);
        collector.finish();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        int exitCode = exitCode(execId, timedOut);
        if (request.stdin().isPresent()) {
            runQuietly("rm", "-f", input);
        }
        return new ExecResult(exitCode, collector.stdout(), collector.stderr(), timedOut,
                collector.droppedBytes(), collector.undecodable(), elapsed);
    }

    private int exitCode(String execId, boolean timedOut) {
        InspectExecResponse exec = guard("read the command's exit code", () -> host.inspectExecCmd(execId).exec());
        if (exec.getExitCodeLong() != null && !Boolean.TRUE.equals(exec.isRunning())) {
            int code = exec.getExitCodeLong().intValue();
            // A command killed by a signal may have gone down with its whole sandbox.
            if (code >= 128 && !timedOut && !(isAlive() && containerRunning())) {
                throw gone("stopped while the command ran");
            }
            return code;
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
        putFile(WORKSPACE + "/" + WorkspacePath.require(path), content);
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
