package dev.slipway.lesson;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a lesson file, found without running it.
 *
 * @param path the lesson file, as it was given to the parser
 * @param line 1-based line in the file the problem points at
 * @param severity whether the lesson can still be used
 * @param message what is wrong and what to do, without the location
 */
public record LessonProblem(Path path, int line, Severity severity, String message) {

    /** Orders problems by file, then line, then message. */
    public static final Comparator<LessonProblem> BY_LOCATION = Comparator
            .comparing((LessonProblem p) -> p.path().toString())
            .thenComparingInt(LessonProblem::line)
            .thenComparing(LessonProblem::message);

    public LessonProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 1) {
            throw new IllegalArgumentException("line must be 1 or more: " + line);
        }
    }

    public static LessonProblem error(Path path, int line, String message) {
        return new LessonProblem(path, line, Severity.ERROR, message);
    }

    public static LessonProblem warning(Path path, int line, String message) {
        return new LessonProblem(path, line, Severity.WARNING, message);
    }

    /** {@code path:line: message}, with {@code warning: } before warnings' messages. */
    public String format() {
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        return path + ":" + line + ": " + prefix + message;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** How bad a problem is. */
    public enum Severity {
        /** The lesson cannot be trusted to run or check as written. */
        ERROR,
        /** The lesson works, but probably not as the author meant. */
        WARNING
    }
}
