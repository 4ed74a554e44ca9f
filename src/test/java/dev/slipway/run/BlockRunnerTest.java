package dev.slipway.run;

import static dev.slipway.sandbox.FakeSandbox.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.lesson.Block;
import dev.slipway.lesson.Fence;
import dev.slipway.lesson.FileBlock;
import dev.slipway.lesson.InfoString;
import dev.slipway.lesson.Lesson;
import dev.slipway.lesson.LessonParser;
import dev.slipway.notebook.Cell;
import dev.slipway.notebook.CellResult;
import dev.slipway.notebook.CellRunner;
import dev.slipway.notebook.CellStatus;
import dev.slipway.sandbox.ExecResult;
import dev.slipway.sandbox.FakeSandbox;
import dev.slipway.sandbox.OutputSink;
import dev.slipway.sandbox.Sandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlockRunnerTest {

    private static final String HEADER = "---\ntitle: Demo\nimages: [busybox]\ntimeout: 20s\n---\n\n";

    private final FakeCells cells = new FakeCells();
    private final BlockRunner runner = new BlockRunner(4096, cells);

    private static Lesson lesson(String body) {
        return new LessonParser().parse(Path.of("lessons/demo.md"), HEADER + body).lesson();
    }

    private RunResult runFirst(String body, FakeSandbox sandbox) {
        Lesson lesson = lesson(body);
        return runner.run(lesson, lesson.blocks().get(0), sandbox, OutputSink.NONE);
    }

    @Test
    void transcriptPassesWhenEveryCommandPrintsItsOutput() {
        FakeSandbox sandbox = FakeSandbox.printing("x").on("echo one", result(0, "one\n", "")).on("echo two", result(0, "two\n", ""));

        RunResult result = runFirst("```console\n$ echo one\none\n$ echo two\ntwo\n```\n", sandbox);

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(result.message()).isEmpty();
        assertThat(result.output()).isEqualTo("$ echo one\none\n$ echo two\ntwo\n");
        assertThat(sandbox.commands).containsExactly("echo one", "echo two");
    }

    @Test
    void transcriptStopsAtTheFirstMismatchAndShowsTheDiff() {
        FakeSandbox sandbox = FakeSandbox.printing("other\n");

        RunResult result = runFirst("```console\n$ echo one\none\n$ echo two\ntwo\n```\n", sandbox);

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.message()).startsWith("$ echo one (line 8): output does not match the transcript:")
                .contains("-one", "+other");
        assertThat(sandbox.commands).containsExactly("echo one");
    }

    @Test
    void transcriptMatchesStdoutAndStderrMergedInArrivalOrder() {
        FakeSandbox sandbox = FakeSandbox.answering(0, "out\n", "err\n");

        RunResult result = runFirst("```console\n$ both\nout\nerr\n```\n", sandbox);

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void transcriptReportsAWrongExitCode() {
        RunResult result = runFirst("```console\n$ false\n```\n", FakeSandbox.failing(""));

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.message()).contains("exit code: expected 0, got 1");
    }

    @Test
    void transcriptCommandThatTimesOutIsTimedOutWithANote() {
        ExecResult stopped = new ExecResult(137, "", "", true, 0, false, Duration.ofSeconds(20));

        RunResult result = runFirst("```console\n$ sleep 600\n```\n", FakeSandbox.printing("").on("sleep", stopped));

        assertThat(result.verdict()).isEqualTo(Verdict.TIMED_OUT);
        assertThat(result.message()).contains("time limit of 20 s");
        assertThat(result.notes()).anySatisfy(note -> assertThat(note).contains("time limit"));
    }

    @Test
    void transcriptUsesTheBlockTimeoutOverTheLessons() {
        FakeSandbox sandbox = FakeSandbox.printing("");

        runFirst("```console timeout=3s\n$ true\n```\n", sandbox);

        assertThat(sandbox.requests.get(0).timeout()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(3));
        assertThat(sandbox.requests.get(0).outputCap()).isEqualTo(4096);
    }

    @Test
    void streamsOutputToTheSinkAsItArrives() {
        List<String> chunks = new ArrayList<>();
        Lesson lesson = lesson("```sh run\nboth\n```\n");

        runner.run(lesson, lesson.blocks().get(0), FakeSandbox.answering(0, "out\n", "err\n"),
                (stream, text) -> chunks.add(stream + ":" + text));

        assertThat(chunks).containsExactly("STDOUT:out\n", "STDERR:err\n");
    }

    @Test
    void scriptPassesOnItsExpectedExitCode() {
        RunResult result = runFirst("```sh run expect-exit=1\ndocker inspect nothing\n```\n", FakeSandbox.failing("No such\n"));

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
    }

    @Test
    void scriptFailsOnAnotherExitCodeWithTheEndOfItsOutput() {
        RunResult result = runFirst("```sh run\ndocker inspect nothing\n```\n", FakeSandbox.failing("Error: No such object\n"));

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.message()).isEqualTo("exit code: expected 0, got 1; the output ends with:\nError: No such object");
    }

    @Test
    void scriptGetsItsStdin() {
        FakeSandbox sandbox = FakeSandbox.printing("");

        runFirst("```sh run stdin=\"b\\na\"\nsort\n```\n", sandbox);

        assertThat(sandbox.requests.get(0).stdin()).contains("b\na\n");
    }

    @Test
    void fileBlockWritesIntoTheWorkspace() {
        FakeSandbox sandbox = FakeSandbox.printing("");

        RunResult result = runFirst("```html file=./site/index.html\n<h1>Hi</h1>\n```\n", sandbox);

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(sandbox.files).containsEntry("site/index.html", "<h1>Hi</h1>\n");
    }

    @Test
    void fileBlockLeavingTheWorkspaceIsAnErrorAndWritesNothing() {
        FakeSandbox sandbox = FakeSandbox.printing("");
        Block block = new FileBlock(new Fence(0, 7, InfoString.parse("text file=../secrets.txt"), "nope\n"),
                "../secrets.txt", "nope\n", "text");

        RunResult result = runner.run(lesson(""), block, sandbox, OutputSink.NONE);

        assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(result.message()).isEqualTo("file=../secrets.txt: file path '../secrets.txt' leaves the workspace;"
                + " use a path inside it, such as app/secrets.txt");
        assertThat(sandbox.files).isEmpty();
    }

    @Test
    void terminalBlockWithoutStdinIsSkipped() {
        FakeSandbox sandbox = FakeSandbox.printing("");

        RunResult result = runFirst("```sh terminal\n$ docker run -it --rm busybox sh\n```\n", sandbox);

        assertThat(result.verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(result.message()).isEqualTo("terminal block: run it in the terminal");
        assertThat(sandbox.commands).isEmpty();
    }

    @Test
    void terminalBlockWithStdinRunsInAPseudoTerminal() {
        FakeSandbox sandbox = FakeSandbox.printing("inside\n");

        RunResult result = runFirst("```sh terminal stdin=\"echo inside\\nexit\"\n$ docker run -it --rm busybox sh\n```\n", sandbox);

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(sandbox.commands).containsExactly("script -qefc 'docker run -it --rm busybox sh' /dev/null");
        assertThat(sandbox.requests.get(0).stdin()).contains("echo inside\nexit\n");
    }

    @Test
    void shellCheckShowsWhatItPrintedWhenItFails() {
        RunResult result = runFirst("## Exercise: x\n\n```sh check\ndocker inspect web\n```\n",
                FakeSandbox.failing("Error: No such object: web\n"));

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.message()).isEqualTo("Error: No such object: web");
    }

    @Test
    void shellCheckThatPrintsNothingSaysItsExitCode() {
        RunResult result = runFirst("## Exercise: x\n\n```sh check\ntest -f x\n```\n", FakeSandbox.failing(""));

        assertThat(result.message()).isEqualTo("the check exited with code 1 without printing why");
    }

    @Test
    void declarativeCheckFailsWithTheFirstFailedAssertion() {
        FakeSandbox sandbox = FakeSandbox.printing("").on("inspect", result(0, "exited 1\n", ""));

        RunResult result = runFirst("## Exercise: x\n\n```check\ncontainer web running\nvolume data exists\n```\n", sandbox);

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.message()).isEqualTo("container web: expected running, found exited (code 1)");
        assertThat(result.output()).isEqualTo("not ok: container web: expected running, found exited (code 1)\n");
        assertThat(sandbox.commands).hasSize(1);
    }

    @Test
    void declarativeCheckPassesWhenEveryAssertionHolds() {
        FakeSandbox sandbox = FakeSandbox.printing("running 0\n");

        RunResult result = runFirst("## Exercise: x\n\n```check\ncontainer web running\n```\n", sandbox);

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(result.output()).isEqualTo("ok: container web is running\n");
    }

    @Test
    void unreadableAssertionIsAnErrorWithItsLine() {
        RunResult result = runFirst("## Exercise: x\n\n```check\nnetwork web exists\n```\n", FakeSandbox.printing(""));

        assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(result.message()).startsWith("line 10: 'network web exists' is not a known assertion");
    }

    @Test
    void solutionRunsItsCode() {
        FakeSandbox sandbox = FakeSandbox.printing("");

        RunResult result = runFirst("## Exercise: x\n\n```sh solution\ndocker volume create data\n```\n", sandbox);

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(sandbox.commands).containsExactly("docker volume create data\n");
    }

    @Test
    void javaCellPassesWhenItCompletesAndShowsItsOutputAndValue() {
        cells.answer = cell("COMPLETED", Optional.of("2"), Optional.empty());

        Lesson lesson = lesson("```java\nSystem.out.println(\"hi\");\n1 + 1\n```\n");
        RunResult result = runner.run(lesson, lesson.blocks().get(0), FakeSandbox.printing(""), OutputSink.NONE);

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(result.output()).isEqualTo("hi\n==> 2\n");
        assertThat(cells.runs).containsExactly("demo: System.out.println(\"hi\");\n1 + 1\n");
    }

    @Test
    void javaCheckFailsWithTheMessageOfItsAssertion() {
        cells.answer = cell("EXCEPTION", Optional.empty(), Optional.of("java.lang.AssertionError: no container named web"));

        RunResult result = runFirst("## Exercise: x\n\n```java check\nassert false : \"no container named web\";\n```\n",
                FakeSandbox.printing(""));

        assertThat(result.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(result.message()).isEqualTo("no container named web");
    }

    @Test
    void javaSolutionRunsInTheLessonsNotebook() {
        cells.answer = cell("COMPLETED", Optional.empty(), Optional.empty());

        RunResult result = runFirst("## Exercise: x\n\n```java solution\ndocker.pingCmd().exec();\n```\n",
                FakeSandbox.printing(""));

        assertThat(result.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(cells.runs).containsExactly("demo: docker.pingCmd().exec();\n");
    }

    @Test
    void javaCellStoppedAtItsTimeLimitTimesOut() {
        cells.answer = cell("STOPPED", Optional.empty(), Optional.empty());

        RunResult result = runFirst("```java timeout=2s\nwhile (true) {}\n```\n", FakeSandbox.printing(""));

        assertThat(result.verdict()).isEqualTo(Verdict.TIMED_OUT);
        assertThat(result.message()).isEqualTo("the cell was stopped at its time limit of 2 s");
        assertThat(cells.timeouts.get(0)).isLessThanOrEqualTo(Duration.ofSeconds(2)).isGreaterThan(Duration.ofSeconds(1));
    }

    @Test
    void finishingALessonEndsItsNotebookSession() {
        runner.finish(lesson("text\n"), FakeSandbox.printing(""));

        assertThat(cells.ended).containsExactly("demo");
    }

    private static CellResult cell(String status, Optional<String> value, Optional<String> exception) {
        String output = status.equals("COMPLETED") && value.isPresent() ? "hi\n" : "";
        return new CellResult(CellStatus.valueOf(status), output, value, List.of(), exception, List.of(),
                Duration.ofMillis(3), List.of());
    }

    /** Answers every cell with one canned result, printing its output, and records the calls. */
    private static final class FakeCells implements CellRunner {

        private CellResult answer;
        private final List<String> runs = new ArrayList<>();
        private final List<Duration> timeouts = new ArrayList<>();
        private final List<String> ended = new ArrayList<>();

        @Override
        public CellResult run(Sandbox sandbox, String notebookId, Cell cell, OutputSink sink) {
            runs.add(notebookId + ": " + cell.code());
            timeouts.add(cell.timeout());
            if (!answer.output().isEmpty()) {
                sink.accept(OutputSink.OutputStream.STDOUT, answer.output());
            }
            return answer;
        }

        @Override
        public void end(Sandbox sandbox, String notebookId) {
            ended.add(notebookId);
        }
    }

    @Test
    void hintsAreSkippedAndNotRun() {
        FakeSandbox sandbox = FakeSandbox.printing("");

        RunResult result = runFirst("## Exercise: x\n\n```sh hint\nrm -rf /\n```\n", sandbox);

        assertThat(result.verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(sandbox.commands).isEmpty();
    }

    @Test
    void sandboxFailureIsAnErrorNotAnException() {
        FakeSandbox sandbox = FakeSandbox.printing("").on("boom", request -> {
            throw new dev.slipway.sandbox.SandboxException("sandbox fake stopped while the command ran");
        });

        RunResult result = runFirst("```sh run\nboom\n```\n", sandbox);

        assertThat(result.verdict()).isEqualTo(Verdict.ERROR);
        assertThat(result.message()).isEqualTo("sandbox fake stopped while the command ran");
    }

    @Test
    void prepareLoadsTheImagesAndRunsTheSetupScript() {
        FakeSandbox sandbox = FakeSandbox.printing("");
        Lesson lesson = new LessonParser().parse(Path.of("lessons/demo.md"),
                "---\ntitle: Demo\nimages: [busybox, \"debian:bookworm-slim\"]\nsetup: |\n  docker rm -f web || true\n---\n").lesson();

        runner.prepare(lesson, sandbox);

        assertThat(sandbox.images).containsExactly("busybox", "debian:bookworm-slim");
        assertThat(sandbox.commands).containsExactly("docker rm -f web || true\n");
    }

    @Test
    void failingSetupThrowsNamingTheLessonFile() {
        Lesson lesson = new LessonParser().parse(Path.of("lessons/demo.md"),
                "---\ntitle: Demo\nsetup: docker volume rm nothing\n---\n").lesson();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.prepare(lesson, FakeSandbox.failing("Error: no such volume\n")))
                .isInstanceOf(LessonSetupException.class)
                .hasMessageStartingWith("lessons/demo.md:1: the front matter's setup script exited with code 1")
                .hasMessageContaining("Error: no such volume");
    }
}
