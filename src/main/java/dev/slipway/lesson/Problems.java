package dev.slipway.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one lesson file, so a reader can report all of them at once. */
final class Problems {

    private final Path path;
    private final List<LessonProblem> found = new ArrayList<>();

    Problems(Path path) {
        this.path = path;
    }

    void error(int line, String message) {
        found.add(LessonProblem.error(path, Math.max(1, line), message));
    }

    void warning(int line, String message) {
        found.add(LessonProblem.warning(path, Math.max(1, line), message));
    }

    /** The problems found so far, by line. */
    List<LessonProblem> list() {
        return found.stream().sorted(LessonProblem.BY_LOCATION).toList();
    }
}
