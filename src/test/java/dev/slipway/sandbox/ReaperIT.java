package dev.slipway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.NotFoundException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestEngine.Extension.class)
class ReaperIT {

    @Test
    void removesALeftoverSandboxOfACrashedRunAndKeepsLiveOnes(TestEngine engine) throws Exception {
        var client = engine.engine().client();
        Map<String, String> deadRun = new HashMap<>(SandboxLabels.forSandbox("leftover01"));
        deadRun.put(SandboxLabels.OWNER_PID, "999999999");
        String leftover = client.createContainerCmd("busybox:latest").withCmd("sleep", "600")
                .withLabels(deadRun).exec().getId();
        client.startContainerCmd(leftover).exec();
        Files.createDirectories(engine.home().sandboxDir("leftover01"));

        try (Sandbox live = engine.factory().create()) {
            var removed = new Reaper(client, engine.home()).reap();

            assertThat(removed).contains("leftover01").doesNotContain(live.id());
            assertThat(exists(engine, leftover)).isFalse();
            assertThat(Files.exists(engine.home().sandboxDir("leftover01"))).isFalse();
            assertThat(live.isAlive()).isTrue();
        }
    }

    private static boolean exists(TestEngine engine, String containerId) {
        try {
            engine.engine().client().inspectContainerCmd(containerId).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
