package dev.slipway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxLimitsTest {

    private static final long MIB = 1024L * 1024;

    @Test
    void defaultsKeepTheDiskInsideTheMemory() {
        SandboxLimits limits = SandboxLimits.defaults();

        assertThat(limits.diskBytes()).isLessThan(limits.memoryBytes());
        assertThat(limits.pids()).isGreaterThan(SandboxFactory.COMMAND_PIDS_HEADROOM);
    }

    @Test
    void rejectsADiskAsLargeAsTheMemory() {
        assertThatThrownBy(() -> new SandboxLimits(512 * MIB, 256, 1024, 512 * MIB, Duration.ofSeconds(1), MIB))
                .hasMessageContaining("smaller than its memory");
    }

    @Test
    void rejectsTooFewProcesses() {
        assertThatThrownBy(() -> new SandboxLimits(512 * MIB, 10, 1024, 256 * MIB, Duration.ofSeconds(1), MIB))
                .hasMessageContaining("at least 128 processes");
    }

    @Test
    void rejectsTooLittleMemory() {
        assertThatThrownBy(() -> new SandboxLimits(100 * MIB, 256, 1024, 50 * MIB, Duration.ofSeconds(1), MIB))
                .hasMessageContaining("at least 256 MiB");
    }
}
