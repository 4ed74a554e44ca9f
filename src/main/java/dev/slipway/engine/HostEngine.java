package dev.slipway.engine;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The Docker engine on which Slipway makes sandboxes: the one at {@code DOCKER_HOST}, else the
 * one at the default socket, else one that another Slipway process started, else (as root) a
 * private {@code dockerd} that this object starts and stops on {@link #close()}.
 */
public final class HostEngine implements AutoCloseable {

    static final Path DEFAULT_SOCKET = Path.of("/var/run/docker.sock");

    private final URI host;
    private final DockerClient client;
    private final Optional<PrivateEngine> owned;

    private HostEngine(URI host, DockerClient client, Optional<PrivateEngine> owned) {
        this.host = host;
        this.client = client;
        this.owned = owned;
    }

    /** Finds or starts an engine, reporting what it does to {@code progress}. */
    public static HostEngine connect(SlipwayHome home, Consumer<String> progress) {
        return connect(home, System.getenv(), progress);
    }

    static HostEngine connect(SlipwayHome home, Map<String, String> env, Consumer<String> progress) {
        String dockerHost = env.getOrDefault("DOCKER_HOST", "");
        if (!dockerHost.isBlank()) {
            return attach(URI.create(dockerHost)).orElseThrow(() -> new EngineException(
                    "DOCKER_HOST is " + dockerHost + " but no Docker engine answers there. "
                            + "Start that engine, or unset DOCKER_HOST to let Slipway find or start one."));
        }
        Optional<HostEngine> found = attachSocket(DEFAULT_SOCKET).or(() -> attachSocket(PrivateEngine.socket(home)));
        if (found.isPresent()) {
            progress.accept("using the Docker engine at " + found.get().host());
            return found.get();
        }
        return startPrivate(home, progress);
    }

    private static HostEngine startPrivate(SlipwayHome home, Consumer<String> progress) {
        Optional<String> dockerd = Executables.find("dockerd");
        if (dockerd.isEmpty()) {
            throw new EngineException("no Docker engine answers at " + DEFAULT_SOCKET
                    + " and dockerd is not installed, so Slipway cannot start one. "
                    + "Install it with: apt-get install -y docker.io (then run Slipway again, as root)");
        }
        if (!Executables.runningAsRoot()) {
            throw new EngineException("no Docker engine answers at " + DEFAULT_SOCKET
                    + ", and only root can start a private one. Either start Docker (sudo systemctl start docker, "
                    + "or sudo dockerd &) and add yourself to the docker group, or run Slipway as root.");
        }
        PrivateEngine engine = PrivateEngine.start(home, dockerd.get(), progress);
        URI uri = DockerClients.unixSocket(PrivateEngine.socket(home));
        progress.accept("private Docker engine ready at " + uri);
        return new HostEngine(uri, DockerClients.open(uri), Optional.of(engine));
    }

    private static Optional<HostEngine> attachSocket(Path socket) {
        return Files.exists(socket) ? attach(DockerClients.unixSocket(socket)) : Optional.empty();
    }

    private static Optional<HostEngine> attach(URI uri) {
        DockerClient client = DockerClients.open(uri);
        if (DockerClients.answers(client)) {
            return Optional.of(new HostEngine(uri, client, Optional.empty()));
        }
        closeQuietly(client);
        return Optional.empty();
    }

    public URI host() {
        return host;
    }

    public DockerClient client() {
        return client;
    }

    /** True when this object started the engine and will stop it on close. */
    public boolean ownsEngine() {
        return owned.isPresent();
    }

    @Override
    public void close() {
        closeQuietly(client);
        owned.ifPresent(PrivateEngine::close);
    }

    private static void closeQuietly(DockerClient client) {
        try {
            client.close();
        } catch (IOException ignored) {
            // closing a client only releases connections; nothing to report
        }
    }
}
