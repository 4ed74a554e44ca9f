package dev.slipway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.sandbox.TestEngine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The course proves itself: {@code bin/slipway lint lessons/} reports nothing and
 * {@code bin/slipway check lessons/} passes every block and exercise, on the real engine.
 */
@ExtendWith(TestEngine.Extension.class)
class CourseIT {

    private record Exit(int code, List<String> lines) {
    }

    private static Exit slipway(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bin/slipway"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (var reader = process.inputReader(StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                System.out.println("[course] " + line);
                lines.add(line);
            }
        }
        assertThat(process.waitFor(40, TimeUnit.MINUTES)).isTrue();
        return new Exit(process.exitValue(), lines);
    }

    @Test
    void theCourseLintsClean() throws Exception {
        Exit lint = slipway("lint", "lessons/");

        assertThat(lint.code()).as(String.join("\n", lint.lines())).isZero();
        assertThat(lint.lines()).last().asString().startsWith("no problems in");
    }

    @Test
    void everyBlockAndExerciseOfTheCoursePasses(TestEngine engine) throws Exception {
        Exit check = slipway("check", "lessons/", "--junit", "target/course-junit.xml");

        assertThat(check.code()).as("bin/slipway check lessons/ failed; see its lines above").isZero();
        assertThat(check.lines()).last().asString().matches("[1-9]\\d* passed, 0 failed(, \\d+ skipped)?");
        assertThat(check.lines()).noneSatisfy(line -> assertThat(line).startsWith("  FAIL"));
    }
}
