package dev.slipway.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The lessons of one folder, read once, in catalogue order: by the front matter's
 * {@code order}, lessons without one last, then by id. A broken lesson stays in the catalogue
 * with its problems, so the learner sees what is wrong instead of a missing lesson.
 */
public final class LessonCatalog {

    private static final Comparator<ParsedLesson> CATALOGUE_ORDER = Comparator
            .comparingInt((ParsedLesson p) -> p.lesson().frontMatter().order().orElse(Integer.MAX_VALUE))
            .thenComparing(p -> p.lesson().id());

    private final Path folder;
    private final List<ParsedLesson> lessons;

    private LessonCatalog(Path folder, List<ParsedLesson> lessons) {
        this.folder = folder;
        this.lessons = lessons.stream().sorted(CATALOGUE_ORDER).toList();
    }

    /**
     * Reads every {@code .md} file directly in {@code folder} and lints it.
     *
     * @throws UncheckedIOException when the folder cannot be listed
     */
    public static LessonCatalog load(Path folder, LessonParser parser, LessonLinter linter) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("the lessons folder " + folder.toAbsolutePath()
                    + " does not exist; give the folder that holds the lesson .md files with --lessons");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new LessonCatalog(folder, files.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f))
                    .map(file -> read(file, parser, linter))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the lessons folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A lesson for a file; an unreadable file or a parser failure becomes a lesson with that problem. */
    private static ParsedLesson read(Path file, LessonParser parser, LessonLinter linter) {
        try {
            ParsedLesson parsed = parser.read(file);
            return new ParsedLesson(parsed.lesson(), linter.lint(parsed));
        } catch (IOException | RuntimeException e) {
            Lesson empty = new Lesson(Lesson.idOf(file), file, FrontMatter.titled(Lesson.idOf(file)), List.of(), List.of(), "");
            return new ParsedLesson(empty, List.of(LessonProblem.error(file, 1, "the lesson cannot be read: " + e.getMessage())));
        }
    }

    /** The folder the lessons and their pictures come from. */
    public Path folder() {
        return folder;
    }

    /** Every lesson, in catalogue order. */
    public List<ParsedLesson> lessons() {
        return lessons;
    }

    /** The lesson with this id; empty if there is none. */
    public Optional<ParsedLesson> find(String id) {
        return lessons.stream().filter(p -> p.lesson().id().equals(id)).findFirst();
    }
}
