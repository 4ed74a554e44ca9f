package dev.slipway.run;

import dev.slipway.lesson.Lesson;
import dev.slipway.lesson.LessonLinter;
import dev.slipway.lesson.LessonParser;
import dev.slipway.lesson.LessonProblem;
import dev.slipway.lesson.ParsedLesson;
import dev.slipway.sandbox.Sandbox;
import dev.slipway.sandbox.SandboxSource;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks lessons headless, as the course's own test: each lesson is linted (errors stop it),
 * then run block by block in a fresh sandbox, with every exercise solved by its solution (see
 * {@link HeadlessRun} for the exercise protocol). One broken lesson never stops the others.
 */
public final class LessonChecker {

    private final LessonParser parser;
    private final LessonLinter linter;
    private final BlockRunner runner;
    private final SandboxSource sandboxes;

    /**
     * @param sandboxes gives a fresh sandbox per lesson: a warm pool, so that the next lesson's
     *     sandbox is made while this one runs, or {@code SandboxSource.fresh(factory::create)}
     */
    public LessonChecker(LessonParser parser, LessonLinter linter, BlockRunner runner, SandboxSource sandboxes) {
        this.parser = parser;
        this.linter = linter;
        this.runner = runner;
        this.sandboxes = sandboxes;
    }

    /**
     * The lesson files under {@code paths} (files, or folders of {@code .md} files), in path order.
     *
     * @param lessonId only the lesson with this id, when given
     * @throws IllegalArgumentException when a path does not exist, or no lesson is found
     */
    public static List<Path> select(List<Path> paths, Optional<String> lessonId) {
        List<Path> files = LessonFiles.find(paths).stream()
                .filter(file -> lessonId.isEmpty() || Lesson.idOf(file).equals(lessonId.get())).toList();
        if (files.isEmpty()) {
            String where = paths.stream().map(Path::toString).collect(Collectors.joining(", "));
            throw new IllegalArgumentException(lessonId.map(id -> "no lesson has the id '" + id + "' under " + where
                    + "; a lesson's id is its file name without .md").orElse("no lesson files (.md) under " + where));
        }
        return files;
    }

    /** Checks lesson files one after the other, each in a fresh sandbox. */
    public CheckRun check(List<Path> files, CheckListener listener) {
        long start = System.nanoTime();
        List<LessonReport> reports = new ArrayList<>();
        Duration commandTime = Duration.ZERO;
        for (Path file : files) {
            LessonReport report = checkFile(file, listener);
            reports.add(report);
            commandTime = commandTime.plus(report.commandTime());
        }
        return new CheckRun(reports, Duration.ofNanos(System.nanoTime() - start), commandTime);
    }

    /** Reads, lints and, when it has no errors, runs one lesson file. */
    public LessonReport checkFile(Path file, CheckListener listener) {
        listener.lessonStarted(file);
        long start = System.nanoTime();
        ParsedLesson parsed;
        try {
            parsed = parser.read(file);
        } catch (CharacterCodingException e) {
            return stopped(file, start, file + ":1: the file is not UTF-8 text; save it as UTF-8", listener);
        } catch (IOException e) {
            return stopped(file, start, file + ":1: cannot read the file: " + e.getMessage(), listener);
        }
        List<LessonProblem> problems = linter.lint(parsed);
        List<String> errors = problems.stream().filter(LessonProblem::isError).map(LessonProblem::format).toList();
        List<String> warnings = problems.stream().filter(p -> !p.isError()).map(LessonProblem::format).toList();
        if (!errors.isEmpty()) {
            return finished(new LessonReport(file, parsed.lesson().id(), errors, warnings, List.of(),
                    since(start), Duration.ZERO), listener);
        }
        LessonReport ran = run(parsed.lesson(), listener);
        return finished(new LessonReport(file, ran.lessonId(), ran.errors(), warnings, ran.blocks(),
                since(start), ran.commandTime()), listener);
    }

    /**
     * Runs a parsed lesson in a fresh sandbox, without linting it. A sandbox that cannot be
     * made, a failing setup, or an unexpected failure is reported as the lesson's error.
     */
    public LessonReport run(Lesson lesson, CheckListener listener) {
        long start = System.nanoTime();
        Optional<HeadlessRun> run = Optional.empty();
        String error = "";
        Optional<Sandbox> sandbox = Optional.empty();
        try {
            sandbox = Optional.of(sandboxes.acquire());
            run = Optional.of(new HeadlessRun(lesson, sandbox.get(), runner, listener));
            run.get().run();
        } catch (LessonSetupException e) {
            error = e.getMessage();
        } catch (RuntimeException e) {
            error = lesson.path() + ":1: " + (run.isEmpty() ? "no sandbox for the lesson: " : "the check stopped: ")
                    + e.getMessage();
        } finally {
            sandbox.ifPresent(used -> {
                runner.finish(lesson, used);
                sandboxes.release(used);
            });
        }
        List<String> errors = error.isEmpty() ? List.of() : List.of(error);
        return new LessonReport(lesson.path(), lesson.id(), errors, List.of(),
                run.map(HeadlessRun::reports).orElse(List.of()), since(start),
                run.map(HeadlessRun::commandTime).orElse(Duration.ZERO));
    }

    private static LessonReport stopped(Path file, long start, String error, CheckListener listener) {
        return finished(new LessonReport(file, Lesson.idOf(file), List.of(error), List.of(), List.of(), since(start),
                Duration.ZERO), listener);
    }

    private static LessonReport finished(LessonReport report, CheckListener listener) {
        listener.lessonFinished(report);
        return report;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
