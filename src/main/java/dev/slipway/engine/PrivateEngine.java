package dev.slipway.engine;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@code dockerd} of Slipway's own, under {@link SlipwayHome#engineDir()}: its own socket,
 * data root, exec root and pid file. It creates no default bridge ({@code --bridge none}) and
 * takes its networks from a pool of its own, so it never touches another engine's
 * {@code docker0}; Slipway puts sandboxes on a network it creates itself.
 */
final class PrivateEngine implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);
    static final String ADDRESS_POOL = "base=10.213.0.0/16,size=24";

    private final Path dir;
    private final Process process;

    private PrivateEngine(Path dir, Process process) {
        this.dir = dir;
        this.process = process;
    }

    static Path socket(SlipwayHome home) {
        return home.engineDir().resolve("docker.sock");
    }

    /** Starts dockerd and waits until it answers, or fails with the tail of its log. */
    static PrivateEngine start(SlipwayHome home, String dockerd, Consumer<String> progress) {
        Path dir = home.engineDir();
        try {
            Files.createDirectories(dir.resolve("data"));
            Files.createDirectories(dir.resolve("exec"));
            removeStalePidFile(dir.resolve("docker.pid"));
            Files.deleteIfExists(socket(home));
        } catch (IOException e) {
            throw new EngineException("cannot prepare " + dir + " for the private engine: " + e.getMessage(), e);
        }
        progress.accept("starting a private Docker engine in " + dir);
        Process process = launch(dir, dockerd, socket(home));
        var engine = new PrivateEngine(dir, process);
        engine.awaitAnswer(DockerClients.unixSocket(socket(home)));
        return engine;
    }

    private static Process launch(Path dir, String dockerd, Path socket) {
        List<String> command = List.of(dockerd,
                "--host", "unix://" + socket,
                "--data-root", dir.resolve("data").toString(),
                "--exec-root", dir.resolve("exec").toString(),
                "--pidfile", dir.resolve("docker.pid").toString(),
                "--bridge", "none",
                "--default-address-pool", ADDRESS_POOL,
                "--log-level", "warn");
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("dockerd.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new EngineException("cannot run " + dockerd + ": " + e.getMessage()
                    + ". Install the engine with: apt-get install -y docker.io", e);
        }
    }

    private void awaitAnswer(java.net.URI host) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        try (DockerClient client = DockerClients.open(host)) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new EngineException("the private Docker engine exited with code " + process.exitValue()
                            + " at start. Its log (" + dir.resolve("dockerd.log") + ") ends with:\n" + logTail());
                }
                if (Files.exists(dir.resolve("docker.sock")) && DockerClients.answers(client)) {
                    return;
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new EngineException("cannot talk to the private engine at " + host + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        throw new EngineException("the private Docker engine did not answer within " + START_TIMEOUT.toSeconds()
                + " s. Its log (" + dir.resolve("dockerd.log") + ") ends with:\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("dockerd.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void removeStalePidFile(Path pidFile) throws IOException {
        Optional<Long> pid = readPid(pidFile);
        if (pid.isPresent() && ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
            throw new EngineException("a private engine (pid " + pid.get() + ") is running from " + pidFile.getParent()
                    + " but does not answer. Stop it with: kill " + pid.get());
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops dockerd (SIGTERM, then SIGKILL after a grace period); its containers stop with it. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
