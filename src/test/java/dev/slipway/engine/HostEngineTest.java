package dev.slipway.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostEngineTest {

    @TempDir
    Path dir;

    @Test
    void anUnreachableDockerHostSaysWhatToDo() {
        String nowhere = "unix://" + dir.resolve("no-engine.sock");

        assertThatThrownBy(() -> HostEngine.connect(new SlipwayHome(dir), Map.of("DOCKER_HOST", nowhere), message -> { }))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("DOCKER_HOST is " + nowhere)
                .hasMessageContaining("no Docker engine answers there")
                .hasMessageContaining("unset DOCKER_HOST");
    }
}
