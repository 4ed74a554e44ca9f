package dev.slipway.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckRunTest {

    static BlockReport block(Verdict verdict, String message) {
        return new BlockReport(Path.of("lessons/a.md"), 7, "check", Optional.of("web is running"),
                new RunResult(0, verdict, "", message, Duration.ofMillis(400), List.of()));
    }

    static LessonReport lesson(List<BlockReport> blocks, List<String> errors) {
        return new LessonReport(Path.of("lessons/a.md"), "a", errors, List.of(), blocks, Duration.ofSeconds(1), Duration.ZERO);
    }

    @Test
    void summaryCountsBlocksAndStoppedLessons() {
        CheckRun run = new CheckRun(List.of(
                lesson(List.of(block(Verdict.PASSED, ""), block(Verdict.TIMED_OUT, "stopped"), block(Verdict.ERROR, "x")), List.of()),
                lesson(List.of(), List.of("lessons/b.md:3: bad"))), Duration.ofSeconds(2), Duration.ZERO);

        assertThat(run.summaryLine()).isEqualTo("1 passed, 3 failed");
    }

    @Test
    void summaryAddsSkippedOnlyWhenThereAreSome() {
        CheckRun run = new CheckRun(List.of(lesson(List.of(block(Verdict.SKIPPED, "terminal block: run it in the terminal")),
                List.of())), Duration.ofSeconds(1), Duration.ZERO);

        assertThat(run.summaryLine()).isEqualTo("0 passed, 0 failed, 1 skipped");
    }

    @Test
    void overheadLineGivesSecondsAndPercent() {
        CheckRun run = new CheckRun(List.of(), Duration.ofMillis(9800), Duration.ofMillis(8600));

        assertThat(run.overheadLine()).isEqualTo("time outside lesson commands: 1.2 s of 9.8 s (12 %)");
    }
}
