package dev.slipway.run;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A whole headless check: every lesson's report and the time it all took.
 *
 * @param elapsed wall time from the first file read to the last sandbox closed
 * @param commandTime the part of it spent in the lessons' own commands
 */
public record CheckRun(List<LessonReport> lessons, Duration elapsed, Duration commandTime) {

    public CheckRun {
        lessons = List.copyOf(lessons);
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(commandTime, "commandTime");
    }

    public long passed() {
        return lessons.stream().mapToLong(LessonReport::passed).sum();
    }

    public long failed() {
        return lessons.stream().mapToLong(LessonReport::failed).sum();
    }

    public long skipped() {
        return lessons.stream().mapToLong(LessonReport::skipped).sum();
    }

    /** Time spent outside the lessons' own commands: parsing, sandboxes, images, verification. */
    public Duration overhead() {
        Duration overhead = elapsed.minus(commandTime);
        return overhead.isNegative() ? Duration.ZERO : overhead;
    }

    /** {@code time outside lesson commands: 1.2 s of 9.8 s (12 %)}. */
    public String overheadLine() {
        long percent = elapsed.isZero() ? 0 : Math.round(100.0 * overhead().toNanos() / elapsed.toNanos());
        return String.format(Locale.ROOT, "time outside lesson commands: %.1f s of %.1f s (%d %%)",
                overhead().toMillis() / 1000.0, elapsed.toMillis() / 1000.0, percent);
    }

    /** {@code N passed, N failed}, then {@code , N skipped} when some were skipped. */
    public String summaryLine() {
        String summary = passed() + " passed, " + failed() + " failed";
        return skipped() > 0 ? summary + ", " + skipped() + " skipped" : summary;
    }
}
