package dev.slipway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Container;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestEngine.Extension.class)
class SandboxPoolIT {

    @Test
    void handsOutAReadySandboxAndRefills(TestEngine engine) throws InterruptedException {
        try (SandboxPool pool = new SandboxPool(engine.factory(), 1, message -> { }).start()) {
            assertThat(pool.awaitFull(Duration.ofMinutes(1))).isTrue();

            try (Sandbox sandbox = pool.acquire()) {
                assertThat(sandbox.exec(ExecRequest.of("docker info -f '{{.ServerVersion}}'"), OutputSink.NONE).exitCode())
                        .isZero();
                assertThat(pool.awaitFull(Duration.ofMinutes(1))).isTrue();
            }
        }
    }

    @Test
    void replacesAPooledSandboxRemovedFromOutside(TestEngine engine) throws InterruptedException {
        List<String> log = new CopyOnWriteArrayList<>();
        try (SandboxPool pool = new SandboxPool(engine.factory(), 1, log::add).start()) {
            assertThat(pool.awaitFull(Duration.ofMinutes(1))).isTrue();
            Container victim = onlySandboxOfThisProcess(engine);

            engine.engine().client().removeContainerCmd(victim.getId()).withForce(true).exec();

            String victimId = victim.getLabels().get(SandboxLabels.SANDBOX_ID);
            awaitLog(log, "replacing sandbox " + victimId);
            assertThat(pool.awaitFull(Duration.ofMinutes(1))).isTrue();
            try (Sandbox fresh = pool.acquire()) {
                assertThat(fresh.id()).isNotEqualTo(victimId);
                assertThat(fresh.isAlive()).isTrue();
            }
        }
    }

    @Test
    void aCommandInASandboxRemovedFromOutsideFailsWithAClearMessage(TestEngine engine) throws InterruptedException {
        var sandbox = (DockerSandbox) engine.factory().create();
        try {
            Thread remover = new Thread(() -> {
                sleep(1000);
                engine.engine().client().removeContainerCmd(sandbox.containerId()).withForce(true).exec();
            });
            remover.start();

            var returned = new java.util.concurrent.atomic.AtomicReference<ExecResult>();
            var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(SandboxException.class,
                    () -> returned.set(sandbox.exec(ExecRequest.of("sleep 30"), OutputSink.NONE)));
            remover.join();

            assertThat(returned.get()).isNull();
            assertThat(thrown.getMessage()).contains("sandbox " + sandbox.id()).contains("fresh sandbox");
            assertThat(sandbox.isAlive()).isFalse();
        } finally {
            sandbox.close();
        }
    }

    /** The pool's one sandbox, found on the engine by its owner label; no other test holds one now. */
    private static Container onlySandboxOfThisProcess(TestEngine engine) {
        List<Container> mine = engine.engine().client().listContainersCmd()
                .withLabelFilter(Map.of(SandboxLabels.OWNER_PID, Long.toString(ProcessHandle.current().pid())))
                .exec();
        assertThat(mine).hasSize(1);
        return mine.get(0);
    }

    private static void awaitLog(List<String> log, String prefix) throws InterruptedException {
        for (int i = 0; i < 200 && log.stream().noneMatch(line -> line.startsWith(prefix)); i++) {
            Thread.sleep(50);
        }
        assertThat(log).anySatisfy(line -> assertThat(line).startsWith(prefix));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
