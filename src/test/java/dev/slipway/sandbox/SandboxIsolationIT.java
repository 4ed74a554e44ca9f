package dev.slipway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestEngine.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxIsolationIT {

    private static final long MIB = 1024L * 1024;

    private TestEngine engine;
    private DockerSandbox first;
    private DockerSandbox second;

    @BeforeAll
    void createTwoSandboxes(TestEngine engine) {
        this.engine = engine;
        var limits = new SandboxLimits(512 * MIB, 256, 1024, 256 * MIB, Duration.ofSeconds(60), MIB);
        first = (DockerSandbox) engine.factory(limits).create();
        second = (DockerSandbox) engine.factory(limits).create();
    }

    @AfterAll
    void destroySandboxes() {
        first.close();
        second.close();
    }

    @Test
    void cannotSeeEachOthersContainersImagesOrVolumes() {
        run(first, "docker volume create secret-data && docker tag busybox secret:1"
                + " && docker run -d --name secret-web busybox sleep 600");

        String seen = run(second, "docker ps -a --format '{{.Names}}'; docker images --format '{{.Repository}}';"
                + " docker volume ls -q");

        assertThat(seen).doesNotContain("secret");
        assertThat(run(first, "docker ps --format '{{.Names}}'")).contains("secret-web");
    }

    @Test
    void cannotConnectToEachOther() {
        String secondAddress = address(second);
        run(second, "mkdir -p www && echo hello > www/index.html"
                + " && docker run -d --name open-web -v /workspace/www:/www -p 8080:80 busybox httpd -f -p 80 -h /www");
        assertThat(run(second, "sleep 0.5; curl -sS -m 3 http://localhost:8080/")).isEqualTo("hello\n");

        ExecResult fromFirst = first.exec(ExecRequest.of("curl -sS -m 3 http://" + secondAddress + ":8080/"), OutputSink.NONE);
        ExecResult engineFromFirst = first.exec(ExecRequest.of("curl -sS -m 3 http://" + secondAddress + ":2375/_ping"),
                OutputSink.NONE);
        ExecResult fromInnerContainer = first.exec(ExecRequest.of("docker run --rm busybox wget -qO- -T 3 http://"
                + secondAddress + ":8080/"), OutputSink.NONE);

        assertThat(fromFirst.exitCode()).isNotZero();
        assertThat(engineFromFirst.exitCode()).isNotZero();
        assertThat(fromInnerContainer.exitCode()).isNotZero();
    }

    @Test
    void containsAForkBombAndAMemoryHogWhileTheOtherKeepsAnswering() {
        ExecResult bomb = first.exec(ExecRequest.of("bomb() { bomb | bomb & }; bomb; sleep 5")
                .withTimeout(Duration.ofSeconds(8)), OutputSink.NONE);
        long start = System.nanoTime();
        String answer = run(second, "echo still here");
        Duration otherAnswered = Duration.ofNanos(System.nanoTime() - start);
        ExecResult hog = first.exec(ExecRequest.of("docker run --rm busybox sh -c"
                + " 'x=a; while true; do x=$x$x$x$x; done'").withTimeout(Duration.ofSeconds(40)), OutputSink.NONE);

        assertThat(bomb.timedOut() || bomb.exitCode() != 0 || bomb.stderr().contains("fork")).isTrue();
        assertThat(answer).isEqualTo("still here\n");
        assertThat(otherAnswered).isLessThan(Duration.ofSeconds(5));
        assertThat(hog.timedOut()).as("the hog is killed by the memory limit, not by the timeout").isFalse();
        assertThat(hog.exitCode()).isNotZero();
        assertThat(run(second, "docker run --rm busybox echo ok")).isEqualTo("ok\n");
        assertThat(run(first, "echo recovered")).isEqualTo("recovered\n");
    }

    private String address(DockerSandbox sandbox) {
        return engine.engine().client().inspectContainerCmd(sandbox.containerId()).exec()
                .getNetworkSettings().getNetworks().get(SandboxFactory.NETWORK).getIpAddress();
    }

    private static String run(Sandbox sandbox, String command) {
        ExecResult result = sandbox.exec(ExecRequest.of(command), OutputSink.NONE);
        assertThat(result.exitCode()).as(command + "\n" + result.stderr()).isZero();
        return result.stdout();
    }
}
