package dev.slipway.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.sandbox.TestEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code slipway check} as a learner's author would: the packaged jar, in its own JVM. */
@ExtendWith(TestEngine.Extension.class)
class CheckCommandIT {

    private record Exit(int code, List<String> lines) {
    }

    private static Exit slipway(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", "target/slipway.jar"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Exit(process.exitValue(), output.lines().toList());
    }

    @Test
    void checkPrintsALinePerBlockAndEndsWithTheCounts(TestEngine engine, @TempDir Path dir) throws Exception {
        Path lesson = dir.resolve("lessons/tiny.md");
        Files.createDirectories(lesson.getParent());
        Files.writeString(lesson, "---\ntitle: Tiny\nimages: [busybox]\n---\n\n```console\n$ docker run --rm busybox echo hi\nhi\n```\n\n"
                + "```sh terminal\n$ docker run -it --rm busybox sh\n```\n");
        Path junit = dir.resolve("report.xml");

        Exit exit = slipway("check", lesson.getParent().toString(), "--junit", junit.toString());

        assertThat(exit.code()).as(String.join("\n", exit.lines())).isZero();
        assertThat(exit.lines()).anySatisfy(line -> assertThat(line).startsWith("  PASS  " + lesson + ":6  transcript  (")
                .matches(".*\\(\\d+\\.\\d s\\)"));
        assertThat(exit.lines()).contains("  SKIP  " + lesson + ":11  terminal: terminal block: run it in the terminal");
        assertThat(exit.lines().get(exit.lines().size() - 2)).matches("time outside lesson commands: \\d+\\.\\d s of \\d+\\.\\d s \\(\\d+ %\\)");
        assertThat(exit.lines().get(exit.lines().size() - 1)).isEqualTo("1 passed, 0 failed, 1 skipped");
        assertThat(Files.readString(junit)).contains("<testsuite name=\"tiny\"");
    }

    @Test
    void checkExitsNonZeroWhenALessonFails(TestEngine engine) throws Exception {
        Exit exit = slipway("check", "src/test/resources/lessons/broken/outside.md");

        assertThat(exit.code()).isEqualTo(1);
        assertThat(exit.lines()).anySatisfy(line -> assertThat(line)
                .startsWith("  ERROR src/test/resources/lessons/broken/outside.md:5: file=../secrets.txt leaves the workspace"));
        assertThat(exit.lines().get(exit.lines().size() - 1)).isEqualTo("0 passed, 1 failed");
    }

    @Test
    void lintNeedsNoEngineAndExitsNonZeroOnErrors() throws Exception {
        Exit exit = slipway("lint", "src/test/resources/lessons/broken");

        assertThat(exit.code()).isEqualTo(1);
        assertThat(exit.lines()).last().isEqualTo("2 errors, 0 warnings in 3 lessons");
    }
}
