package dev.slipway.lesson;

import java.util.List;
import java.util.Objects;

/**
 * A lesson and the problems found while reading it. The lesson is built even when there are
 * problems: a block that could not be read is left out, a bad front matter value gets its
 * default.
 */
public record ParsedLesson(Lesson lesson, List<LessonProblem> problems) {

    public ParsedLesson {
        Objects.requireNonNull(lesson, "lesson");
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(LessonProblem::isError);
    }
}
