package dev.slipway.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The lesson files or folders a command reads, {@code lessons/} when none are given: for {@code lint} and {@code check}. */
final class LessonPaths {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Lesson files or folders (default: lessons/).")
    List<Path> paths = List.of();

    /** The paths given, or {@code lessons} when none were. */
    List<Path> orDefault() {
        return paths.isEmpty() ? List.of(Path.of("lessons")) : paths;
    }
}
