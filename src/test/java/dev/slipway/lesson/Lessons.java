package dev.slipway.lesson;

import java.nio.file.Path;
import java.util.List;

/** Test helpers: lesson text with a front matter, and parsing it. */
final class Lessons {

    static final Path PATH = Path.of("lessons/demo.md");

    /** Four lines of front matter, so the body starts on line 5. */
    static final String HEADER = "---\ntitle: Demo\nimages: [busybox]\n---\n";

    private Lessons() {
    }

    static ParsedLesson parse(String markdown) {
        return new LessonParser().parse(PATH, markdown);
    }

    /** Parses a body placed after {@link #HEADER}. */
    static ParsedLesson body(String body) {
        return parse(HEADER + body);
    }

    static List<String> problems(ParsedLesson parsed) {
        return parsed.problems().stream().map(LessonProblem::format).toList();
    }
}
