package dev.slipway.run;

import static dev.slipway.sandbox.FakeSandbox.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slipway.check.AssertionParser;
import dev.slipway.lesson.LessonLinter;
import dev.slipway.lesson.LessonParser;
import dev.slipway.sandbox.FakeSandbox;
import dev.slipway.sandbox.SandboxException;
import dev.slipway.sandbox.SandboxSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonCheckerTest {

    private static final String EXERCISE = """
            ---
            title: Web
            images: [busybox]
            ---

            ## Exercise: start web

            ```sh check title="web exists"
            docker inspect web
            ```

            ```sh hint
            Use docker run -d.
            ```

            ```sh solution
            docker run -d --name web busybox sleep 3600
            ```
            """;

    @TempDir
    Path dir;

    private final List<FakeSandbox> made = new ArrayList<>();

    private LessonChecker checker(Supplier<FakeSandbox> sandboxes) {
        return new LessonChecker(new LessonParser(), new LessonLinter(new LessonParser(), new AssertionParser(), code -> List.of()),
                new BlockRunner(), SandboxSource.fresh(() -> {
                    FakeSandbox sandbox = sandboxes.get();
                    made.add(sandbox);
                    return sandbox;
                }));
    }

    /** A sandbox where {@code docker inspect web} fails until {@code docker run} made web. */
    private static FakeSandbox webSandbox() {
        boolean[] web = {false};
        return FakeSandbox.printing("").on("docker run -d --name web", request -> {
            web[0] = true;
            return result(0, "abc123\n", "");
        }).on("docker inspect web", request -> web[0] ? result(0, "[]\n", "") : result(1, "", "Error: No such object: web\n"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static List<String> lines(LessonReport report) {
        return report.blocks().stream().map(b -> b.kind() + " " + b.result().verdict()).toList();
    }

    @Test
    void checkFailsBeforeTheSolutionAndPassesAfterIt() throws IOException {
        Path file = write("web.md", EXERCISE);

        LessonReport report = checker(LessonCheckerTest::webSandbox).checkFile(file, CheckListener.NONE);

        assertThat(lines(report)).containsExactly("solution PASSED", "check PASSED");
        assertThat(made.get(0).commands).containsExactly("docker inspect web\n",
                "docker run -d --name web busybox sleep 3600\n", "docker inspect web\n");
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void checkThatPassesBeforeTheSolutionIsADefect() throws IOException {
        Path file = write("web.md", EXERCISE);

        LessonReport report = checker(() -> FakeSandbox.printing("")).checkFile(file, CheckListener.NONE);

        BlockReport check = report.blocks().get(1);
        assertThat(check.result().verdict()).isEqualTo(Verdict.FAILED);
        assertThat(check.result().message()).startsWith("check cannot fail: it passed before the solution ran");
        assertThat(report.failed()).isEqualTo(1);
    }

    @Test
    void checkAfterItsSolutionInTheFileStillRunsBeforeIt() throws IOException {
        Path file = write("late.md", """
                ---
                title: Late
                images: [busybox]
                ---

                ## Exercise: start web

                ```sh solution
                docker run -d --name web busybox sleep 3600
                ```

                ```sh check
                docker inspect web
                ```
                """);

        LessonReport report = checker(LessonCheckerTest::webSandbox).checkFile(file, CheckListener.NONE);

        assertThat(lines(report)).containsExactly("solution PASSED", "check PASSED");
        assertThat(made.get(0).commands).first().isEqualTo("docker inspect web\n");
    }

    @Test
    void hintsAreNeitherRunNorReported() throws IOException {
        Path file = write("web.md", EXERCISE);

        LessonReport report = checker(LessonCheckerTest::webSandbox).checkFile(file, CheckListener.NONE);

        assertThat(report.blocks()).noneMatch(b -> b.kind().equals("hint"));
        assertThat(made.get(0).commands).noneMatch(c -> c.contains("Use docker run"));
    }

    @Test
    void terminalBlockWithoutStdinIsSkippedNotPassed() throws IOException {
        Path file = write("t.md", "---\ntitle: T\nimages: [busybox]\n---\n\n```sh terminal\n$ docker run -it --rm busybox sh\n```\n");

        CheckRun run = checker(() -> FakeSandbox.printing("")).check(List.of(file), CheckListener.NONE);

        assertThat(run.summaryLine()).isEqualTo("0 passed, 0 failed, 1 skipped");
    }

    @Test
    void lintErrorsStopTheLessonWithTheirMessagesAndMakeNoSandbox() throws IOException {
        Path file = write("bad.md", "---\ntitle: Bad\ntimout: 3s\n---\n\n```sh run\ntrue\n```\n");

        LessonReport report = checker(() -> FakeSandbox.printing("")).checkFile(file, CheckListener.NONE);

        assertThat(report.errors()).containsExactly(file + ":3: front matter key 'timout' is not known; did you mean 'timeout'?");
        assertThat(report.blocks()).isEmpty();
        assertThat(report.failed()).isEqualTo(1);
        assertThat(made).isEmpty();
    }

    @Test
    void oneBrokenLessonDoesNotAffectTheOthers() throws IOException {
        Path broken = write("a.md", "---\ntitle: Broken\nsummary: Docker: the basics\n---\n");
        Path unclosed = write("b.md", "---\ntitle: Unclosed\n---\n\n```sh run\necho never closed\n");
        Files.write(dir.resolve("c.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xff, '\n'});
        Path good = write("d.md", "---\ntitle: Good\n---\n\n```sh run\ntrue\n```\n");

        CheckRun run = checker(() -> FakeSandbox.printing("")).check(LessonChecker.select(List.of(dir), Optional.empty()),
                CheckListener.NONE);

        assertThat(run.lessons()).extracting(LessonReport::lessonId).containsExactly("a", "b", "c", "d");
        assertThat(run.lessons().get(0).errors()).singleElement().asString().startsWith(broken + ":3: the front matter is not valid YAML");
        assertThat(run.lessons().get(1).errors()).singleElement().asString().startsWith(unclosed + ":5: this code block is never closed");
        assertThat(run.lessons().get(2).errors()).containsExactly(dir.resolve("c.md") + ":1: the file is not UTF-8 text; save it as UTF-8");
        assertThat(run.lessons().get(3).blocks()).singleElement().extracting(b -> b.result().verdict()).isEqualTo(Verdict.PASSED);
        assertThat(run.summaryLine()).isEqualTo("1 passed, 3 failed");
        assertThat(good).exists();
    }

    @Test
    void eachLessonGetsAFreshSandboxThatIsClosed() throws IOException {
        write("a.md", "---\ntitle: A\n---\n\n```sh run\ntrue\n```\n");
        write("b.md", "---\ntitle: B\n---\n\n```sh run\ntrue\n```\n");

        checker(() -> FakeSandbox.printing("")).check(LessonChecker.select(List.of(dir), Optional.empty()), CheckListener.NONE);

        assertThat(made).hasSize(2).allMatch(sandbox -> sandbox.closed);
    }

    @Test
    void sandboxThatCannotBeMadeStopsOnlyThatLesson() throws IOException {
        Path file = write("a.md", "---\ntitle: A\n---\n\n```sh run\ntrue\n```\n");

        LessonReport report = checker(() -> {
            throw new SandboxException("the sandbox image is missing. Make it with: bin/slipway images");
        }).checkFile(file, CheckListener.NONE);

        assertThat(report.errors()).containsExactly(file + ":1: no sandbox for the lesson: the sandbox image is missing."
                + " Make it with: bin/slipway images");
    }

    @Test
    void failingSetupStopsTheLessonNamingItsFile() throws IOException {
        Path file = write("a.md", "---\ntitle: A\nsetup: exit 4\n---\n\n```sh run\ntrue\n```\n");

        LessonReport report = checker(() -> FakeSandbox.failing("")).checkFile(file, CheckListener.NONE);

        assertThat(report.errors()).singleElement().asString()
                .startsWith(file + ":1: the front matter's setup script exited with code 1");
        assertThat(report.blocks()).isEmpty();
    }

    @Test
    void listenerHearsEachBlockAsItFinishes() throws IOException {
        Path file = write("web.md", EXERCISE);
        List<String> heard = new ArrayList<>();

        checker(LessonCheckerTest::webSandbox).check(List.of(file), new CheckListener() {
            @Override
            public void lessonStarted(Path lesson) {
                heard.add("start " + lesson.getFileName());
            }

            @Override
            public void blockFinished(BlockReport report) {
                heard.add(report.label() + " " + report.line());
            }

            @Override
            public void lessonFinished(LessonReport report) {
                heard.add("end " + report.lessonId());
            }
        });

        assertThat(heard).containsExactly("start web.md", "solution 16", "check \"web exists\" 8", "end web");
    }

    @Test
    void selectsOneLessonById() throws IOException {
        write("a.md", "---\ntitle: A\n---\n");
        Path b = write("b.md", "---\ntitle: B\n---\n");

        assertThat(LessonChecker.select(List.of(dir), Optional.of("b"))).containsExactly(b);
        assertThatThrownBy(() -> LessonChecker.select(List.of(dir), Optional.of("zzz")))
                .hasMessageStartingWith("no lesson has the id 'zzz' under");
    }

    @Test
    void measuresTimeOutsideTheLessonsCommands() throws IOException {
        Path file = write("a.md", "---\ntitle: A\n---\n\n```sh run\ntrue\n```\n");

        CheckRun run = checker(() -> FakeSandbox.printing("")).check(List.of(file), CheckListener.NONE);

        assertThat(run.commandTime()).isEqualTo(java.time.Duration.ofMillis(5));
        assertThat(run.overheadLine()).matches("time outside lesson commands: \\d+\\.\\d s of \\d+\\.\\d s \\(\\d+ %\\)");
    }
}
