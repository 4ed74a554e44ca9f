package dev.slipway.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlipwayHomeTest {

    private static final Path USER_HOME = Path.of("/home/ada");

    @Test
    void prefersSlipwayHome() {
        assertThat(SlipwayHome.fromEnvironment(Map.of("SLIPWAY_HOME", "/srv/slipway", "XDG_STATE_HOME", "/x"), USER_HOME).root())
                .isEqualTo(Path.of("/srv/slipway"));
    }

    @Test
    void fallsBackToTheXdgStateFolder() {
        assertThat(SlipwayHome.fromEnvironment(Map.of("XDG_STATE_HOME", "/state"), USER_HOME).root())
                .isEqualTo(Path.of("/state/slipway"));
    }

    @Test
    void defaultsToLocalStateInTheUsersHome() {
        SlipwayHome home = SlipwayHome.fromEnvironment(Map.of(), USER_HOME);

        assertThat(home.root()).isEqualTo(Path.of("/home/ada/.local/state/slipway"));
        assertThat(home.sandboxDir("abc")).isEqualTo(Path.of("/home/ada/.local/state/slipway/sandboxes/abc"));
    }
}
