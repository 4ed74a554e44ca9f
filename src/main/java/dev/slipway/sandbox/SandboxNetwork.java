package dev.slipway.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import java.util.Map;

/**
 * The bridge network sandboxes live on. Inter-container traffic is off on it, so a sandbox
 * can reach the outside (Debian's mirror) but not another sandbox.
 */
final class SandboxNetwork {

    private SandboxNetwork() {
    }

    static synchronized void ensure(DockerClient client, String name) {
        boolean exists = client.listNetworksCmd().withNameFilter(name).exec().stream()
                .anyMatch(network -> network.getName().equals(name));
        if (exists) {
            return;
        }
        try {
            client.createNetworkCmd()
                    .withName(name)
                    .withDriver("bridge")
                    .withLabels(Map.of(SandboxLabels.MANAGED, "true", SandboxLabels.KIND, "network"))
                    .withOptions(Map.of("com.docker.network.bridge.enable_icc", "false"))
                    .exec();
        } catch (ConflictException e) {
            // made a moment ago by another Slipway process on the same engine
        }
    }
}
