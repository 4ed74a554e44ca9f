package dev.slipway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestEngine.Extension.class)
class SandboxFaultsIT {

    private static final long MIB = 1024L * 1024;

    @Test
    void aMissingSandboxImageNamesTheCommandThatMakesIt(TestEngine engine) {
        var factory = new SandboxFactory(engine.engine(), engine.home(), "slipway/sandbox:missing",
                SandboxLimits.defaults(), List.of());

        assertThatThrownBy(factory::create)
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining("slipway/sandbox:missing")
                .hasMessageContaining("bin/slipway images");
    }

    @Test
    void aMissingLessonImageNamesTheCommandThatMakesIt(TestEngine engine) {
        try (Sandbox sandbox = engine.factory().create()) {
            assertThatThrownBy(() -> sandbox.ensureImages(List.of("nginx:never-made")))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageContaining("nginx:never-made")
                    .hasMessageContaining("bin/slipway images");
        }
    }

    @Test
    void aFullDiskIsExplainedAndTheSandboxStaysUsable(TestEngine engine) {
        var small = new SandboxLimits(512 * MIB, 256, 1024, 64 * MIB, Duration.ofSeconds(60), MIB);
        try (Sandbox sandbox = engine.factory(small).create()) {
            ExecResult full = sandbox.exec(ExecRequest.of(
                    "docker run --name filler busybox dd if=/dev/zero of=/big bs=1M count=200"), OutputSink.NONE);

            assertThat(full.exitCode()).isNotZero();
            assertThat(full.notes()).anySatisfy(note -> assertThat(note).contains("disk is full"));
            sandbox.exec(ExecRequest.of("docker rm -f filler"), OutputSink.NONE);
            assertThat(sandbox.exec(ExecRequest.of("docker run --rm busybox echo ok"), OutputSink.NONE).stdout())
                    .isEqualTo("ok\n");
        }
    }
}
