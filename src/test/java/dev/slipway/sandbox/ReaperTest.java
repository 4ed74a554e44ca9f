package dev.slipway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReaperTest {

    @Test
    void aSandboxOfThisRunningProcessIsAlive() {
        assertThat(Reaper.ownerAlive(SandboxLabels.forSandbox("abc"))).isTrue();
    }

    @Test
    void aSandboxFromAnotherBootIsALeftover() {
        Map<String, String> labels = new HashMap<>(SandboxLabels.forSandbox("abc"));
        labels.put(SandboxLabels.OWNER_BOOT, "another-boot");

        assertThat(Reaper.ownerAlive(labels)).isFalse();
    }

    @Test
    void aSandboxWhoseOwnerIsGoneIsALeftover() {
        Map<String, String> labels = new HashMap<>(SandboxLabels.forSandbox("abc"));
        labels.put(SandboxLabels.OWNER_PID, "999999999");

        assertThat(Reaper.ownerAlive(labels)).isFalse();
    }

    @Test
    void aSandboxWithABrokenOwnerLabelIsALeftover() {
        Map<String, String> labels = new HashMap<>(SandboxLabels.forSandbox("abc"));
        labels.put(SandboxLabels.OWNER_PID, "not-a-pid");

        assertThat(Reaper.ownerAlive(labels)).isFalse();
    }
}
