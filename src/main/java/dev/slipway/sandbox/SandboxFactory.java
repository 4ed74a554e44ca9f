package dev.slipway.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Volume;
import dev.slipway.engine.DockerClients;
import dev.slipway.engine.Folders;
import dev.slipway.engine.HostEngine;
import dev.slipway.engine.SlipwayHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Makes sandboxes on the host engine: a Docker-in-Docker container with the limits, on a
 * network where sandboxes cannot reach each other, started and waited for until its inner
 * engine answers, with the base lesson images loaded.
 */
public final class SandboxFactory {

    static final String NETWORK = "slipway-sandboxes";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Stops commands at their time limit; one daemon thread serves every sandbox of the factory. */
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "slipway-command-timers");
        thread.setDaemon(true);
        return thread;
    });
    /** Processes kept free for Slipway's own housekeeping when learners' commands hit their cap. */
    static final long COMMAND_PIDS_HEADROOM = 48;

    private final HostEngine engine;
    private final SlipwayHome home;
    private final String image;
    private final SandboxLimits limits;
    private final List<String> baseImages;

    /**
     * @param image the sandbox image (see {@code ImageProvisioner#requireSandboxImage})
     * @param baseImages lesson images loaded into every new sandbox
     */
    public SandboxFactory(HostEngine engine, SlipwayHome home, String image, SandboxLimits limits, List<String> baseImages) {
        this.engine = engine;
        this.home = home;
        this.image = image;
        this.limits = limits;
        this.baseImages = List.copyOf(baseImages);
    }

    public SandboxLimits limits() {
        return limits;
    }

    /** Makes a sandbox and returns it once its engine answers and its base images are loaded. */
    public Sandbox create() {
        String id = HexFormat.of().formatHex(RANDOM.generateSeed(5));
        Path dir = prepareDir(id);
        DockerClient host = engine.client();
        String containerId;
        try {
            SandboxNetwork.ensure(host, NETWORK);
            containerId = host.createContainerCmd(image)
                    .withName("slipway-sandbox-" + id)
                    .withHostName("sandbox")
                    .withEnv("SLIPWAY_COMMAND_PIDS=" + (limits.pids() - COMMAND_PIDS_HEADROOM))
                    .withLabels(SandboxLabels.forSandbox(id))
                    .withHostConfig(hostConfig(dir))
                    .exec().getId();
            host.startContainerCmd(containerId).exec();
        } catch (NotFoundException e) {
            Folders.deleteRecursively(dir);
            throw new SandboxException("the sandbox image " + image + " is missing on " + engine.host()
                    + ". Make it with: bin/slipway images", e);
        } catch (DockerException e) {
            Folders.deleteRecursively(dir);
            throw new SandboxException("the host engine refused to make a sandbox: " + e.getMessage(), e);
        }
        var sandbox = new DockerSandbox(id, containerId, host,
                DockerClients.open(DockerClients.unixSocket(dir.resolve("docker.sock"))), dir, limits, timers);
        try {
            awaitInnerEngine(sandbox, containerId);
            sandbox.ensureImages(baseImages);
            return sandbox;
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
    }

    private HostConfig hostConfig(Path dir) {
        List<String> securityOpts = List.of("seccomp=unconfined", "apparmor=unconfined");
        HostConfig config = HostConfig.newHostConfig()
                .withNetworkMode(NETWORK)
                .withInit(true)
                .withCgroupnsMode("private")
                .withCapAdd(Capability.ALL)
                .withSecurityOpts(securityOpts)
                .withMemory(limits.memoryBytes())
                .withMemorySwap(limits.memoryBytes())
                .withPidsLimit(limits.pids())
                .withCpuShares(limits.cpuShares())
                .withTmpFs(Map.of("/var/lib/docker", "exec,size=" + limits.diskBytes()))
                .withBinds(new Bind(dir.toString(), new Volume("/run/slipway")));
        if (!HostCapabilities.has(HostCapabilities.CAP_SYS_RESOURCE)) {
            config.withCapDrop(Capability.SYS_RESOURCE);
        }
        return config;
    }

    private Path prepareDir(String id) {
        Path dir = home.sandboxDir(id);
        try {
            Files.createDirectories(dir.getParent());
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            return dir;
        } catch (IOException e) {
            throw new SandboxException("cannot make the sandbox folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private void awaitInnerEngine(DockerSandbox sandbox, String containerId) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        int polls = 0;
        while (System.nanoTime() < deadline) {
            if (sandbox.isAlive()) {
                return;
            }
            if (++polls % 25 == 0 && !running(containerId)) {
                throw new SandboxException("sandbox " + sandbox.id() + " stopped while starting its engine. Its log ends with:\n"
                        + logTail(containerId));
            }
            sleep(Duration.ofMillis(20));
        }
        throw new SandboxException("the engine of sandbox " + sandbox.id() + " did not answer within "
                + READY_TIMEOUT.toSeconds() + " s. Its log ends with:\n" + logTail(containerId));
    }

    private boolean running(String containerId) {
        try {
            return Boolean.TRUE.equals(engine.client().inspectContainerCmd(containerId).exec().getState().getRunning());
        } catch (NotFoundException e) {
            return false;
        }
    }

    private String logTail(String containerId) {
        try {
            return ContainerLogs.tail(engine.client(), containerId, 15, 64 * 1024, Duration.ofSeconds(5)).stripTrailing();
        } catch (RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while waiting for a sandbox", e);
        }
    }
}
