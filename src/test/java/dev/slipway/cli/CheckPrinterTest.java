package dev.slipway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slipway.run.BlockReport;
import dev.slipway.run.RunResult;
import dev.slipway.run.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckPrinterTest {

    private static BlockReport report(String kind, Optional<String> title, Verdict verdict, String message, List<String> notes) {
        return new BlockReport(Path.of("containers.md"), 42, kind, title,
                new RunResult(3, verdict, "", message, Duration.ofMillis(400), notes));
    }

    @Test
    void passedBlockIsOneLineWithItsTime() {
        assertThat(CheckPrinter.lines(report("transcript", Optional.empty(), Verdict.PASSED, "", List.of())))
                .containsExactly("  PASS  containers.md:42  transcript  (0.4 s)");
    }

    @Test
    void failedCheckShowsItsTitleAndMessage() {
        assertThat(CheckPrinter.lines(report("check", Optional.of("web is running"), Verdict.FAILED,
                "container web: expected running, found exited (code 1)", List.of())))
                .containsExactly("  FAIL  containers.md:42  check \"web is running\": container web: expected running,"
                        + " found exited (code 1)");
    }

    @Test
    void multiLineMessageAndNotesAreIndentedWithoutEscapes() {
        assertThat(CheckPrinter.lines(report("transcript", Optional.empty(), Verdict.TIMED_OUT,
                "$ sleep 9 (line 43): stopped\n\u001B[31m+red\u001B[0m", List.of("the output was cut"))))
                .containsExactly("  FAIL  containers.md:42  transcript: $ sleep 9 (line 43): stopped",
                        "        +red", "        note: the output was cut");
    }

    @Test
    void skippedBlockSaysWhy() {
        assertThat(CheckPrinter.lines(report("terminal", Optional.empty(), Verdict.SKIPPED,
                "terminal block: run it in the terminal", List.of())))
                .containsExactly("  SKIP  containers.md:42  terminal: terminal block: run it in the terminal");
    }
}
