package dev.slipway.run;

import dev.slipway.notebook.JavaSyntaxChecker;
import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.check.AssertionParser;
import dev.slipway.lesson.LessonLinter;
import dev.slipway.lesson.LessonParser;
import dev.slipway.sandbox.SandboxFactory;
import dev.slipway.sandbox.SandboxSource;
import dev.slipway.sandbox.TestEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestEngine.Extension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LessonCheckerIT {

    private static final Path LESSONS = Path.of("src/test/resources/lessons");

    private LessonChecker checker;

    @BeforeAll
    void makeChecker(TestEngine engine) {
        SandboxFactory factory = engine.factory();
        checker = new LessonChecker(new LessonParser(), new LessonLinter(new LessonParser(), new AssertionParser(), new JavaSyntaxChecker()),
                new BlockRunner(factory.limits().outputCap()), SandboxSource.fresh(factory::create));
    }

    private static Map<Integer, RunResult> byLine(LessonReport report) {
        return report.blocks().stream().collect(Collectors.toMap(BlockReport::line, BlockReport::result));
    }

    @Test
    void goodLessonPassesWithItsInteractiveTerminalSkipped() {
        CheckRun run = checker.check(LessonChecker.select(List.of(LESSONS.resolve("good")), Optional.empty()), CheckListener.NONE);

        LessonReport hello = run.lessons().get(0);
        assertThat(hello.errors()).isEmpty();
        assertThat(hello.blocks()).filteredOn(b -> !b.result().passed())
                .singleElement().satisfies(b -> {
                    assertThat(b.line()).isEqualTo(31);
                    assertThat(b.result().verdict()).isEqualTo(Verdict.SKIPPED);
                });
        assertThat(run.summaryLine()).isEqualTo("6 passed, 0 failed, 1 skipped");
        assertThat(run.commandTime()).isPositive().isLessThan(run.elapsed());
    }

    @Test
    void brokenLessonsFailWithMessagesAnAuthorCanActOn() {
        CheckRun run = checker.check(LessonChecker.select(List.of(LESSONS.resolve("broken")), Optional.empty()), CheckListener.NONE);

        assertThat(run.lessons()).extracting(LessonReport::lessonId).containsExactly("mistakes", "outside", "yaml");
        Map<Integer, RunResult> mistakes = byLine(run.lessons().get(0));
        assertThat(mistakes.get(7).message()).contains("-Hello, World", "+Hello World");
        assertThat(mistakes.get(12).message()).startsWith("exit code: expected 0, got 1");
        assertThat(mistakes.get(16).verdict()).isEqualTo(Verdict.TIMED_OUT);
        assertThat(mistakes.get(20).verdict()).isEqualTo(Verdict.FAILED);
        assertThat(mistakes.get(20).notes()).anySatisfy(n -> assertThat(n).contains("output was cut"))
                .anySatisfy(n -> assertThat(n).contains("binary"));
        assertThat(mistakes.get(27).message()).startsWith("check cannot fail");
        assertThat(mistakes.get(31).verdict()).isEqualTo(Verdict.PASSED);
        assertThat(run.lessons().get(1).errors()).containsExactly(LESSONS.resolve("broken/outside.md")
                + ":5: file=../secrets.txt leaves the workspace; use a path inside it, such as app/secrets.txt");
        assertThat(run.lessons().get(2).errors()).singleElement().asString()
                .startsWith(LESSONS.resolve("broken/yaml.md") + ":3: the front matter is not valid YAML");
        assertThat(run.summaryLine()).isEqualTo("1 passed, 7 failed");
    }
}
