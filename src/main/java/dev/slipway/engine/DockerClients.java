package dev.slipway.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.net.URI;
import java.time.Duration;

/** Opens docker-java clients on the zerodep transport. */
public final class DockerClients {

    private DockerClients() {
    }

    /**
     * A client for the engine at {@code host}. No response timeout is set, since it would also
     * cut streaming responses; callers bound each call themselves.
     */
    public static DockerClient open(URI host) {
        var config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(host.toString())
                .withDockerTlsVerify(false)
                .build();
        var http = new ZerodepDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .connectionTimeout(Duration.ofSeconds(3))
                .maxConnections(64)
                .build();
        return DockerClientImpl.getInstance(config, http);
    }

    /** A unix socket address for docker-java. */
    public static URI unixSocket(java.nio.file.Path socket) {
        return URI.create("unix://" + socket.toAbsolutePath());
    }

    /** True when an engine answers a ping at {@code client}. */
    public static boolean answers(DockerClient client) {
        try {
            client.pingCmd().exec();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
