package dev.slipway.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How one lesson fared in headless checking.
 *
 * @param file the lesson file, as given
 * @param lessonId the file name without {@code .md}
 * @param errors what stopped the lesson before or while its blocks ran, each as
 *     {@code file:line: message} (lint errors, a setup script that failed, no sandbox); empty
 *     when every block ran
 * @param warnings lint warnings; they do not stop the lesson
 * @param blocks the blocks' results in the order they finished; hints are left out
 * @param elapsed wall time for the lesson: reading, linting, the sandbox, every block
 * @param commandTime the part of it spent in the lesson's own commands (setup, transcripts,
 *     scripts, shell checks, solutions, terminal input)
 */
public record LessonReport(
        Path file, String lessonId, List<String> errors, List<String> warnings, List<BlockReport> blocks,
        Duration elapsed, Duration commandTime) {

    public LessonReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(lessonId, "lessonId");
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(commandTime, "commandTime");
    }

    public long passed() {
        return blocks.stream().filter(b -> b.result().verdict() == Verdict.PASSED).count();
    }

    /** Failed blocks, plus one when the lesson itself could not run. */
    public long failed() {
        return blocks.stream().filter(b -> b.result().verdict().isFailure()).count() + (errors.isEmpty() ? 0 : 1);
    }

    public long skipped() {
        return blocks.stream().filter(b -> b.result().verdict() == Verdict.SKIPPED).count();
    }
}
