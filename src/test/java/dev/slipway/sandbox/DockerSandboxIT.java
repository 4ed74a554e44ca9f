package dev.slipway.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestEngine.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockerSandboxIT {

    private Sandbox sandbox;

    @BeforeAll
    void createSandbox(TestEngine engine) {
        sandbox = engine.factory().create();
    }

    @AfterAll
    void destroySandbox() {
        sandbox.close();
    }

    @Test
    void streamsStdoutAndStderrSeparatelyWithTheExitCode() {
        List<String> chunks = new ArrayList<>();
        ExecResult result = sandbox.exec(ExecRequest.of("echo out; echo err >&2; exit 3"),
                (stream, text) -> chunks.add(stream + ":" + text));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdout()).isEqualTo("out\n");
        assertThat(result.stderr()).isEqualTo("err\n");
        assertThat(chunks).contains("STDOUT:out\n", "STDERR:err\n");
    }

    @Test
    void runsInTheWorkspaceWhereWrittenFilesAre() {
        sandbox.writeFile("site/index.html", "<h1>Hello</h1>".getBytes(StandardCharsets.UTF_8));

        ExecResult result = sandbox.exec(ExecRequest.of("pwd; cat site/index.html"), OutputSink.NONE);

        assertThat(result.stdout()).isEqualTo("/workspace\n<h1>Hello</h1>");
    }

    @Test
    void writesFilesWhoseNamesNeedQuoting() {
        sandbox.writeFile("my dir/it's here.txt", "quoted".getBytes(StandardCharsets.UTF_8));

        ExecResult result = sandbox.exec(ExecRequest.of("cat \"my dir/it's here.txt\""), OutputSink.NONE);

        assertThat(result.stdout()).isEqualTo("quoted");
    }

    @Test
    void showsItsContainersAndTheirLogsToThePanel() {
        sandbox.exec(ExecRequest.of("docker run --name talker busybox sh -c 'echo one; echo two >&2'"), OutputSink.NONE);

        assertThat(sandbox.state().containers()).anySatisfy(container -> assertThat(container.name()).isEqualTo("talker"));
        assertThat(sandbox.containerLogs("talker", 10)).contains("one\n").contains("two\n");
        assertThatThrownBy(() -> sandbox.containerLogs("nobody", 10)).isInstanceOf(NotInSandboxException.class);
        sandbox.exec(ExecRequest.of("docker rm -f talker"), OutputSink.NONE);
    }

    @Test
    void runsNestedContainersOnItsOwnEngine() {
        ExecResult result = sandbox.exec(ExecRequest.of("docker run --rm busybox echo Hello World"), OutputSink.NONE);

        assertThat(result.stdout()).isEqualTo("Hello World\n");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void feedsStdinFromTheRequest() {
        ExecResult result = sandbox.exec(ExecRequest.of("docker run --rm -i busybox tr a-z A-Z").withStdin("shout\n"),
                OutputSink.NONE);

        assertThat(result.stdout()).isEqualTo("SHOUT\n");
    }

    @Test
    void killsACommandThatNeverEndsAtItsTimeoutAndStaysUsable() {
        ExecResult result = sandbox.exec(ExecRequest.of("sleep 600 & sleep 700; echo never")
                .withTimeout(Duration.ofSeconds(2)), OutputSink.NONE);

        assertThat(result.timedOut()).isTrue();
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(10));
        assertThat(result.stdout()).doesNotContain("never");
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("time limit"));
        ExecResult leftovers = sandbox.exec(ExecRequest.of("ps -eo args | grep -c '^sleep [67]00' || true"), OutputSink.NONE);
        assertThat(leftovers.stdout().trim()).isEqualTo("0");
    }

    @Test
    void capsHugeOutputWithoutKeepingIt() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();

        ExecResult result = sandbox.exec(ExecRequest.of("head -c 100000000 /dev/zero | tr '\\0' x")
                .withOutputCap(64 * 1024), OutputSink.NONE);

        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        assertThat(result.stdout()).hasSize(64 * 1024);
        assertThat(result.droppedBytes()).isEqualTo(100_000_000L - 64 * 1024);
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("output was cut"));
        assertThat(after - before).isLessThan(32L * 1024 * 1024);
    }

    @Test
    void reportsBinaryOutput() {
        ExecResult result = sandbox.exec(ExecRequest.of("printf 'ok\\377\\000end'"), OutputSink.NONE);

        assertThat(result.undecodable()).isTrue();
        assertThat(result.stdout()).startsWith("ok\uFFFD").endsWith("end");
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("binary"));
    }

    @Test
    void keepsMultiByteCharactersSplitAcrossFrames() {
        ExecResult result = sandbox.exec(ExecRequest.of("for i in $(seq 1 2000); do printf 'é€😀'; done"), OutputSink.NONE);

        assertThat(result.undecodable()).isFalse();
        assertThat(result.stdout()).isEqualTo("é€😀".repeat(2000));
    }

    @Test
    void resetRemovesWhatTheLearnerMadeAndKeepsBaseImages() {
        sandbox.exec(ExecRequest.of("docker volume create data && docker run -d --name web busybox sleep 300"
                + " && docker tag busybox mine:1 && touch junk.txt"), OutputSink.NONE);

        sandbox.reset();

        ExecResult state = sandbox.exec(ExecRequest.of("docker ps -aq | wc -l; docker volume ls -q | wc -l;"
                + " docker images --format '{{.Repository}}:{{.Tag}}'; ls"), OutputSink.NONE);
        assertThat(state.stdout()).isEqualTo("0\n0\nbusybox:latest\n");
    }

    @Test
    void pushesAndPullsThroughTheLocalRegistry() {
        ExecResult result = sandbox.exec(ExecRequest.of("docker tag busybox localhost:5000/hello:1"
                + " && docker push -q localhost:5000/hello:1 >/dev/null && docker rmi localhost:5000/hello:1 >/dev/null"
                + " && docker pull -q localhost:5000/hello:1"), OutputSink.NONE);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("localhost:5000/hello:1");
    }
}
