package dev.slipway.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.lesson.Block;
import dev.slipway.lesson.Fence;
import dev.slipway.lesson.FileBlock;
import dev.slipway.lesson.InfoString;
import dev.slipway.lesson.Lesson;
import dev.slipway.lesson.LessonParser;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import dev.slipway.sandbox.TestEngine;
import java.nio.file.Path;
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
class BlockRunnerIT {

    private static final String HEADER = "---\ntitle: Demo\nimages: [busybox]\ntimeout: 30s\n---\n\n";

    private final BlockRunner runner = new BlockRunner(64 * 1024);
    private Sandbox sandbox;

    @BeforeAll
    void createSandbox(TestEngine engine) {
        sandbox = engine.factory().create();
    }

    @AfterAll
    void destroySandbox() {
        sandbox.close();
    }

    private static Lesson lesson(String body) {
        return new LessonParser().parse(Path.of("lessons/demo.md"), HEADER + body).lesson();
    }

    private RunResult run(String body) {
        Lesson lesson = lesson(body);
        return runner.run(lesson, lesson.blocks().get(0), sandbox, OutputSink.NONE);
    }

    @Test
    void transcriptOfNestedContainersPasses() {
        RunResult result = run("""
                ```console
                $ docker run --rm busybox echo 'Hello World'
                Hello World
                $ docker run --rm busybox sh -c 'echo one >&2; exit 3'
                one
                [3]
                ```
                """);

        assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.PASSED);
        assertThat(result.output()).contains("$ docker run --rm busybox echo 'Hello World'\nHello World\n");
    }

    @Test
    void wrongExpectedOutputFailsWithADiff() {
        RunResult result = run("```console\n$ docker run --rm busybox echo 'Hello World'\nHello, World\n```\n");

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.message()).isEqualTo("$ docker run --rm busybox echo 'Hello World' (line 8): output does not"
                + " match the transcript:\n--- expected\n+++ actual\n-Hello, World\n+Hello World");
    }

    @Test
    void wrongExitCodeFails() {
        RunResult result = run("```sh run\ndocker inspect no-such-container\n```\n");

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.message()).startsWith("exit code: expected 0, got 1; the output ends with:")
                .contains("No such object: no-such-container");
    }

    @Test
    void commandThatRunsTooLongTimesOutAndTheSandboxStaysUsable() {
        RunResult result = run("```sh run timeout=2s\necho started; sleep 600\n```\n");

        assertThat(result.verdict()).isEqualTo(Verdict.TIMED_OUT);
        assertThat(result.message()).isEqualTo("the script was stopped at its time limit of 2 s");
        assertThat(result.output()).isEqualTo("started\n");
        assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(15));
        assertThat(run("```sh run\ntrue\n```\n").verdict()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void hugeOutputIsCutWithANote() {
        RunResult result = run("```console\n$ seq 1 1000000\n1\n...\n1000000\n```\n");

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.output().length()).isLessThan(70 * 1024);
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).startsWith("the output was cut"));
        assertThat(result.message().lines().count()).isLessThan(50);
    }

    @Test
    void binaryOutputIsShownAsReplacementCharactersWithANote() {
        RunResult result = run("```sh run\nprintf 'ok\\377\\000end\\n'\n```\n");

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(result.output()).startsWith("ok\uFFFD");
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("binary"));
    }

    @Test
    void colourCodesAreIgnoredWhenMatchingTranscripts() {
        RunResult result = run("```console\n$ printf '\\033[1;31mred\\033[0m\\n'\nred\n```\n");

        assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.PASSED);
        assertThat(result.output()).contains("\u001B[1;31mred");
    }

    @Test
    void outputStreamsToTheSinkInArrivalOrder() {
        Lesson lesson = lesson("```sh run\necho one; sleep 0.3; echo two >&2; sleep 0.3; echo three\n```\n");
        List<String> chunks = new ArrayList<>();

        RunResult result = runner.run(lesson, lesson.blocks().get(0), sandbox, (stream, text) -> chunks.add(text));

        assertThat(chunks).containsExactly("one\n", "two\n", "three\n");
        assertThat(result.output()).isEqualTo("one\ntwo\nthree\n");
    }

    @Test
    void filesAreWrittenWhereLaterBlocksSeeThem() {
        Lesson lesson = lesson("```text file=site/index.html\nHello\n```\n\n```console\n$ cat site/index.html\nHello\n```\n");

        RunResult write = runner.run(lesson, lesson.blocks().get(0), sandbox, OutputSink.NONE);
        RunResult read = runner.run(lesson, lesson.blocks().get(1), sandbox, OutputSink.NONE);

        assertThat(write.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(read.verdict()).as(read.message()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void filePathWithDotDotIsAnError() {
        Block block = new FileBlock(new Fence(0, 7, InfoString.parse("text file=a/../../x"), "x\n"), "a/../../x", "x\n", "text");

        RunResult result = runner.run(lesson(""), block, sandbox, OutputSink.NONE);

        assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(result.message()).contains("leaves the workspace");
    }

    @Test
    void terminalBlockWithStdinRunsInteractiveCommands() {
        RunResult result = run("```sh terminal stdin=\"echo inside\\nexit\"\n$ docker run -it --rm busybox sh\n```\n");

        assertThat(result.verdict()).as(result.message() + result.output()).isEqualTo(Verdict.PASSED);
        assertThat(result.output()).contains("inside");
    }

    @Test
    void declarativeCheckFailsWithTheAssertionsMessage() {
        sandbox.exec(dev.slipway.sandbox.ExecRequest.of("docker rm -f job; docker run --name job busybox sh -c 'exit 1'"),
                OutputSink.NONE);

        RunResult result = run("## Exercise: job\n\n```check\ncontainer job running\n```\n");

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.message()).isEqualTo("container job: expected running, found exited (code 1)");
    }

    @Test
    void failingSetupNamesTheLesson() {
        Lesson lesson = new LessonParser().parse(Path.of("lessons/setup.md"),
                "---\ntitle: Setup\nsetup: docker volume rm no-such-volume\n---\n").lesson();

        assertThatThrownBy(() -> runner.prepare(lesson, sandbox)).isInstanceOf(LessonSetupException.class)
                .hasMessageStartingWith("lessons/setup.md:1: the front matter's setup script exited with code 1")
                .hasMessageContaining("no-such-volume");
    }

    @Test
    void prepareLoadsImagesFromTheHost() {
        Lesson lesson = new LessonParser().parse(Path.of("lessons/debian.md"),
                "---\ntitle: Debian\nimages: [\"debian:bookworm-slim\"]\n---\n\n```sh run\ndocker run --rm debian:bookworm-slim true\n```\n")
                .lesson();

        runner.prepare(lesson, sandbox);

        assertThat(runner.run(lesson, lesson.blocks().get(0), sandbox, OutputSink.NONE).verdict()).isEqualTo(Verdict.PASSED);
    }
}
